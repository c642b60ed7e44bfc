using AngleSharp.Dom;

namespace Summarizer.Extraction.Html;

/// <summary>Letters of readable text in a raw subtree, before the index exists: only structural junk (scripts, nav, hidden parts) is skipped.</summary>
internal static class ReadableText
{
    [ThreadStatic]
    private static Stack<(INode Node, int Depth, bool InQuote)>? _stack;

    /// <summary>All readable letters, and those inside &lt;blockquote&gt; elements.</summary>
    public static (int Total, int Quoted) Letters(INode root, int maxDepth)
    {
        int total = 0, quoted = 0;
        // Called once per named container: one stack per thread instead of one per call.
        var stack = _stack ??= new Stack<(INode Node, int Depth, bool InQuote)>();
        stack.Clear();
        stack.Push((root, 0, false));
        while (stack.Count > 0)
        {
            var (node, depth, inQuote) = stack.Pop();
            if (node is IText text)
            {
                var letters = TextCounts.Letters(text.Data);
                total += letters;
                quoted += inQuote ? letters : 0;
                continue;
            }

            // Navigation, footers and hidden parts do not count: shares are of the readable page.
            if (node is not IElement e || depth > maxDepth || (depth > 0 && BoilerplateFilter.IsStructuralJunk(e, e.LocalName)))
            {
                continue;
            }

            var quote = inQuote || e.LocalName == "blockquote";
            var children = e.ChildNodes;
            for (var c = 0; c < children.Length; c++)
            {
                stack.Push((children[c], depth + 1, quote));
            }
        }

        return (total, quoted);
    }
}
