using AngleSharp.Dom;

namespace Summarizer.Extraction.Html;

/// <summary>
/// Readability's sibling step: articles split across sibling containers (lead + body, body + "page 2")
/// are joined when a sibling scores close to the winner or reads like a prose paragraph.
/// </summary>
internal static class SiblingMerger
{
    private const double MaxScoredLinkDensity = 0.3;
    private const double MaxChunkLinkDensity = 0.25;
    private const int MinChunkLetters = 200;

    public static List<IElement> Roots(DomIndex dom, double[] scores, int top)
    {
        var parent = dom.Parent[top];
        if (parent < 0)
        {
            return [dom.Elements[top]];
        }

        var threshold = Math.Max(10, scores[top] * 0.2);
        var topClass = dom.Elements[top].GetAttribute("class");
        var roots = new List<IElement>();
        foreach (var child in dom.Elements[parent].Children)
        {
            if (!dom.IndexOf.TryGetValue(child, out var i))
            {
                continue;
            }

            if (i == top || IsWorthy(dom, scores, i, threshold, topClass))
            {
                roots.Add(child);
            }
        }

        return roots;
    }

    private static bool IsWorthy(DomIndex dom, double[] scores, int i, double threshold, string? topClass)
    {
        var sameClass = topClass is { Length: > 0 } && dom.Elements[i].GetAttribute("class") == topClass;
        var bonus = sameClass ? threshold * 0.5 : 0;

        // A teaser grid (linked headline + excerpt per card) scores like prose; its share of link text gives it away.
        if (!double.IsNegativeInfinity(scores[i]) && scores[i] + bonus >= threshold)
        {
            return dom.LinkDensity(i) < MaxScoredLinkDensity;
        }

        // An article cut into same-class chunks around figures: a chunk whose prose sits deeper than scores
        // propagate is unscored, but its class and its text say it is the next part of the body.
        if (sameClass && double.IsNegativeInfinity(scores[i]) && dom.Letters[i] >= MinChunkLetters && dom.LinkDensity(i) < MaxChunkLinkDensity)
        {
            return true;
        }

        if (dom.Tags[i] != "p" && !BlockShape.IsTextOnlyBlock(dom, i))
        {
            return false;
        }

        var letters = dom.Letters[i];
        var density = dom.LinkDensity(i);
        return (letters > 70 && density < 0.25)
            || (letters is > 0 and <= 70 && density == 0 && TextCounts.EndsSentence(dom.Elements[i].TextContent));
    }
}
