namespace Summarizer.Extraction.Html;

/// <summary>
/// How a container holds its text, as readability sees it after its div-to-p step: a container with only phrasing
/// content is a paragraph; bare text beside block children is a paragraph of its own inside the container.
/// </summary>
internal static class BlockShape
{
    /// <summary>Blocks that score as paragraphs: real paragraph tags, and containers with enough bare text of their own.</summary>
    public static bool IsParagraphLike(DomIndex dom, int i, int minOwnLetters) => dom.Tags[i] switch
    {
        "p" or "pre" or "td" or "blockquote" => true,
        // Own text counts wherever prose can sit bare, up to <body> itself (old or hand-written pages).
        "div" or "section" or "span" or "font" or "article" or "main" or "center" or "body" => dom.OwnLetters[i] >= minOwnLetters,
        _ => false,
    };

    /// <summary>Bare text beside block children: that text is a paragraph whose parent is the container itself.</summary>
    public static bool IsMixed(DomIndex dom, int i) =>
        dom.Tags[i] is not ("p" or "pre" or "td" or "blockquote") && HasBlockChildren(dom, i);

    /// <summary>A div written like a paragraph ("article__summary"): own text and nothing but phrasing content.</summary>
    public static bool IsTextOnlyBlock(DomIndex dom, int i) =>
        dom.Tags[i] is "div" or "section" && dom.OwnLetters[i] > 0 && !HasBlockChildren(dom, i);

    private static bool HasBlockChildren(DomIndex dom, int i)
    {
        foreach (var child in dom.Elements[i].Children)
        {
            if (ParagraphCollector.IsBlock(child.LocalName))
            {
                return true;
            }
        }

        return false;
    }
}
