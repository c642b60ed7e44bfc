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

    private const int MinHeadlineWords = 4;
    private const double HeadlineWordShare = 0.8;

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
    // Some templates set the headline in an h2 or h3 (the h1 is the site's logo): one that names the article counts too.
    private static int Headline(DomIndex dom, int top, string? title)
    {
        int found = -1, count = 0, named = -1;
        var titleWords = title is { Length: > 0 } ? Words(title) : null;
        for (var i = 0; i < top; i++)
        {
            var tag = dom.Tags[i];
            if (tag is not ("h1" or "h2" or "h3") || dom.Letters[i] == 0)
            {
                continue;
            }

            var names = titleWords is not null && Names(title!, titleWords, dom.Elements[i].TextContent);
            if (tag == "h1")
            {
                count++;
                if (names)
                {
                    return i;
                }

                found = i;
            }
            else if (names && named < 0)
            {
                named = i;
            }
        }

        return named >= 0 ? named : count == 1 && title is null ? found : -1;
    }

    // Headline and <title> differ by the site name and by small edits ("ll Climate Clock" under "Il Climate Clock"):
    // the heading names the article when its text is most of the title, or nearly all its words are in it.
    private static bool Names(string title, HashSet<string> titleWords, string heading)
    {
        // Inside the title and most of it: a logo heading ("Stadtblatt") is inside "… - Stadtblatt" too, but names the site.
        var normalized = Normalize(heading);
        var normalizedTitle = Normalize(title);
        if (normalized.Length * 2 >= normalizedTitle.Length && normalizedTitle.Contains(normalized, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = Words(heading);
        if (words.Count < MinHeadlineWords)
        {
            return false;
        }

        var shared = words.Count(titleWords.Contains);
        return shared >= words.Count * HeadlineWordShare;
    }

    private static HashSet<string> Words(string text) =>
        new(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => new string([.. w.Where(char.IsLetterOrDigit)]).ToLowerInvariant()).Where(w => w.Length > 0), StringComparer.Ordinal);

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
