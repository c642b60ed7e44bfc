using AngleSharp.Dom;

namespace Summarizer.Extraction.Html;

/// <summary>
/// Letters of readable text per element, before the index exists: only structural junk (scripts, nav, hidden
/// parts) is skipped. One post-order walk measures every subtree, so nested named containers ("post share"
/// inside "post has-sidebar"...) cost a lookup each instead of a walk each (quadratic on deep pages).
/// </summary>
internal static class ReadableText
{
    /// <summary>All readable letters under each element, and those inside &lt;blockquote&gt; elements.</summary>
    public static Dictionary<IElement, (int Total, int Quoted)> Measure(IElement root, int maxDepth)
    {
        var sizes = new Dictionary<IElement, (int Total, int Quoted)>(ReferenceEqualityComparer.Instance);
        var open = new Stack<(int Total, int Quoted)>();
        // A null node marks the exit of the element under it (Exit), where its sums are final.
        var stack = new Stack<(INode? Node, IElement? Exit, int Depth, bool InQuote)>();
        stack.Push((root, null, 0, false));
        while (stack.Count > 0)
        {
            var (node, exit, depth, inQuote) = stack.Pop();
            if (exit is not null)
            {
                var sums = open.Pop();
                sizes[exit] = sums;
                if (open.Count > 0)
                {
                    var parent = open.Pop();
                    open.Push((parent.Total + sums.Total, parent.Quoted + sums.Quoted));
                }

                continue;
            }

            if (node is IText text)
            {
                var letters = TextCounts.Letters(text.Data);
                var current = open.Pop();
                open.Push((current.Total + letters, current.Quoted + (inQuote ? letters : 0)));
                continue;
            }

            // Navigation, footers and hidden parts do not count: shares are of the readable page.
            if (node is not IElement e || depth > maxDepth || (depth > 0 && BoilerplateFilter.IsStructuralJunk(e, e.LocalName)))
            {
                continue;
            }

            open.Push((0, 0));
            stack.Push((null, e, depth, inQuote));
            var quote = inQuote || e.LocalName == "blockquote";
            var children = e.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                stack.Push((children[c], null, depth + 1, quote));
            }
        }

        return sizes;
    }
}
