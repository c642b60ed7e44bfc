using AngleSharp.Dom;

namespace Summarizer.Extraction.Html;

/// <summary>
/// Extends the chosen container up to the headline: the lead or standfirst often sits between the &lt;h1&gt; and
/// the body container (in the article's header, or in a wrapper of its own), where the body's score never reaches.
/// Prose paragraphs between the headline and the container, inside their common ancestor, are the article's start.
/// </summary>
internal static class LeadFinder
{
    private const int MinLeadLetters = 30;
    private const double MaxLeadLinkDensity = 0.3;
    private const int MaxLeadBlocks = 3;

    // The headline and the body share a near ancestor (the article element, its header's parent): a headline whose
    // common ancestor with the body is the page layout is too far away to own the prose between them.
    private const int MaxLevelsUp = 3;

    // A headline far above the body (a site header, a teaser grid between) is not this article's: past this much
    // text between the two, the stretch is page furniture, not a lead.
    private const int MaxLettersBetween = 1500;

    public static List<IElement> Before(DomIndex dom, int top, IReadOnlyList<IElement> roots, string? title)
    {
        var headline = Headline(dom, top, title);
        if (headline < 0)
        {
            return [];
        }

        var common = CommonAncestor(dom, headline, top);
        if (common < 0 || Depth(dom, top, common) > MaxLevelsUp)
        {
            return [];
        }

        var rootSet = new HashSet<int>();
        foreach (var root in roots)
        {
            if (dom.IndexOf.TryGetValue(root, out var r))
            {
                rootSet.Add(r);
            }
        }

        var lead = new List<IElement>();
        var between = 0;
        var afterHeadline = SubtreeEnd(dom, headline);
        for (var i = afterHeadline; i < top; i++)
        {
            if (IsAncestor(dom, i, top) || Under(dom, i, rootSet, common) || !IsLeadParagraph(dom, i) || InsideParagraph(dom, i, common))
            {
                continue;
            }

            between += dom.Letters[i];
            if (between > MaxLettersBetween)
            {
                return [];
            }

            if (dom.Letters[i] >= MinLeadLetters && dom.LinkDensity(i) < MaxLeadLinkDensity)
            {
                lead.Add(dom.Elements[i]);
            }
        }

        return lead.Count <= MaxLeadBlocks ? lead : [];
    }

    // The page's headline: the h1 naming the article when the title is known, else the only h1 before the container.
    private static int Headline(DomIndex dom, int top, string? title)
    {
        int found = -1, count = 0;
        for (var i = 0; i < top; i++)
        {
            if (dom.Tags[i] != "h1")
            {
                continue;
            }

            count++;
            if (title is { Length: > 0 } && Normalize(title).Contains(Normalize(dom.Elements[i].TextContent), StringComparison.OrdinalIgnoreCase) && dom.Letters[i] > 0)
            {
                return i;
            }

            found = i;
        }

        return count == 1 && title is null ? found : -1;
    }

    private static bool IsLeadParagraph(DomIndex dom, int i) =>
        dom.Tags[i] is "p" || BlockShape.IsTextOnlyBlock(dom, i);

    private static bool InsideParagraph(DomIndex dom, int i, int common)
    {
        for (var p = dom.Parent[i]; p > common; p = dom.Parent[p])
        {
            if (IsLeadParagraph(dom, p) || dom.Tags[p] is "a" or "li" or "figure" or "blockquote")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Under(DomIndex dom, int i, HashSet<int> roots, int common)
    {
        for (var p = i; p > common; p = dom.Parent[p])
        {
            if (roots.Contains(p))
            {
                return true;
            }
        }

        return false;
    }

    private static int Depth(DomIndex dom, int i, int ancestor)
    {
        var depth = 0;
        for (var p = i; p != ancestor && p >= 0; p = dom.Parent[p])
        {
            depth++;
        }

        return depth;
    }

    private static int SubtreeEnd(DomIndex dom, int i)
    {
        var end = i + 1;
        while (end < dom.Count && IsAncestor(dom, i, end))
        {
            end++;
        }

        return end;
    }

    private static bool IsAncestor(DomIndex dom, int ancestor, int i)
    {
        for (var p = dom.Parent[i]; p >= ancestor; p = dom.Parent[p])
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static int CommonAncestor(DomIndex dom, int a, int b)
    {
        for (var p = dom.Parent[a]; p >= 0; p = dom.Parent[p])
        {
            if (IsAncestor(dom, p, b))
            {
                return p;
            }
        }

        return -1;
    }

    private static string Normalize(string s) => new([.. s.Where(char.IsLetterOrDigit)]);
}
