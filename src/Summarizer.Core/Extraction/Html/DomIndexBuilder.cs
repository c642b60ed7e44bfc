using AngleSharp.Dom;

namespace Summarizer.Extraction.Html;

/// <summary>Walks the body once, dropping boilerplate subtrees and counting text for the rest.</summary>
/// <param name="pruneNames">
/// False for the second candidate: only structural junk is dropped, class/id words delete nothing. One word
/// ("share", "paywall", "tag-…") on the article's wrapper otherwise deletes the article with it.
/// </param>
internal sealed class DomIndexBuilder(int maxElements, int maxDepth, bool pruneNames = true)
{
    // A container named like boilerplate but holding this share of the page's text is the article wearing an odd class ("post has-comments").
    private const double ProtectedShare = 0.4;

    private const double QuotedShare = 0.9;

    private readonly BoilerplateFilter _filter = new();
    private Dictionary<IElement, (int Total, int Quoted)> _sizes = [];

    public DomIndex Build(IElement root)
    {
        var index = new DomIndex();
        _sizes = ReadableText.Measure(root, maxDepth);
        var pageLetters = Math.Max(1, _sizes.GetValueOrDefault(root).Total);
        var letters = new List<int>();
        var commas = new List<int>();
        var stack = new Stack<(INode Node, int Parent, int Depth)>();
        stack.Push((root, -1, 0));
        while (stack.Count > 0)
        {
            var (node, parent, depth) = stack.Pop();
            if (node is IText text)
            {
                if (parent >= 0)
                {
                    var data = text.Data.AsSpan();
                    letters[parent] += TextCounts.Letters(data);
                    commas[parent] += TextCounts.Commas(data);
                }

                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var tag = element.LocalName;
            if (depth > maxDepth || index.Count >= maxElements)
            {
                index.Truncated = true;
                continue;
            }

            if (IsBoilerplate(element, tag, pageLetters) && !(tag == "header" && InArticle(index, parent)))
            {
                continue;
            }

            var i = index.Count;
            index.Elements.Add(element);
            index.Tags.Add(tag);
            index.Parent.Add(parent);
            index.IndexOf[element] = i;
            letters.Add(0);
            commas.Add(0);
            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                stack.Push((children[c], i, depth + 1));
            }
        }

        index.Allocate();
        for (var i = 0; i < index.Count; i++)
        {
            index.Letters[i] = index.OwnLetters[i] = letters[i];
            index.Commas[i] = index.OwnCommas[i] = commas[i];
        }

        index.Accumulate();
        return index;
    }

    // An article's own <header> holds its headline and lead (standfirst), not the site's menu.
    private static bool InArticle(DomIndex index, int parent)
    {
        for (var p = parent; p >= 0; p = index.Parent[p])
        {
            if (index.Tags[p] == "article")
            {
                return true;
            }
        }

        return false;
    }

    private bool IsBoilerplate(IElement element, string tag, int pageLetters)
    {
        if (BoilerplateFilter.IsStructuralJunk(element, tag))
        {
            return true;
        }

        if (!pruneNames)
        {
            return false;
        }

        var named = tag == "header" || _filter.HasBoilerplateName(element, tag);
        if (!named)
        {
            return false;
        }

        // Embedded posts and quotes ("social-embed", "video-container" around a tweet) are quoted article content:
        // a named wrapper whose text all sits in blockquotes is kept.
        var (total, quoted) = _sizes.GetValueOrDefault(element);
        return total < pageLetters * ProtectedShare && (total == 0 || quoted < total * QuotedShare);
    }
}
