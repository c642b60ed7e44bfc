using AngleSharp.Dom;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Chooses, among elements that hold a date, the one closest to the headline in document order (just after it is
/// closer than just before it): sidebars, teasers and comments carry dates too, and the first one on the page is
/// often theirs. Without a headline, the first element with a date.
/// </summary>
internal sealed class NearHeadline(MetadataElements elements)
{
    private const int SiblingsRead = 8;

    private readonly int? _headline = elements.Headings.Count > 0 ? elements.Positions.GetValueOrDefault(elements.Headings[0]) : null;

    public string? Pick(IEnumerable<IElement> candidates, Func<IElement, string?> read)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var element in candidates)
        {
            var distance = Distance(element);
            if (distance < bestDistance && read(element) is { } text && DateText.TryParse(text, out _))
            {
                (best, bestDistance) = (text, distance);
                if (_headline is null)
                {
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>A dateline beside the headline, whatever its classes are called: the first sibling of an h1 that holds a date.</summary>
    public string? Siblings()
    {
        foreach (var sibling in elements.Headings.SelectMany(h => h.ParentElement?.Children.Take(SiblingsRead) ?? []))
        {
            var text = sibling.LocalName == "h1" ? null : DateReader.Bounded(sibling.TextContent);
            if (text is not null && DateText.TryParse(text, out _))
            {
                return text;
            }
        }

        return null;
    }

    private int Distance(IElement element)
    {
        if (_headline is not { } headline || !elements.Positions.TryGetValue(element, out var position))
        {
            return 0;
        }

        return position >= headline ? position - headline : 2 * (headline - position);
    }
}
