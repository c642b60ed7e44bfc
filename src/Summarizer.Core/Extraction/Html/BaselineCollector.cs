namespace Summarizer.Extraction.Html;

/// <summary>
/// trafilatura's baseline: every prose-like block on the (pruned) page, in order. It rescues pages whose
/// article is spread over many small containers, where the single best container is too short.
/// </summary>
internal static class BaselineCollector
{
    private const int MinLetters = 15;

    public static List<TextBlock> Collect(DomIndex dom, ParagraphCollector collector)
    {
        var elements = new List<AngleSharp.Dom.IElement>();
        for (var i = 0; i < dom.Count; i++)
        {
            if (dom.Tags[i] is "p" or "blockquote" or "pre" && dom.Letters[i] >= MinLetters && !HasAncestor(dom, i))
            {
                elements.Add(dom.Elements[i]);
            }
        }

        return collector.Collect(elements);
    }

    // A <p> inside a <blockquote> is collected with its quote.
    private static bool HasAncestor(DomIndex dom, int i)
    {
        for (var p = dom.Parent[i]; p >= 0; p = dom.Parent[p])
        {
            if (dom.Tags[p] is "p" or "blockquote" or "pre")
            {
                return true;
            }
        }

        return false;
    }
}
