using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// The last resort when nothing on the page is marked as a date: every short text in the body, in document order,
/// and the date closest to the headline (after it rather than before). Read only when the marked evidence found
/// nothing, and bounded by the number of elements walked and texts parsed.
/// </summary>
internal static partial class TextScan
{
    private const int MaxTexts = 500;
    private const int MaxElements = 60_000;
    /// <summary>A dateline is short ("am 29.12.2010, 13:36 Uhr"); a date inside a sentence is usually about something else.</summary>
    private const int MaxTextLength = 80;
    private const int OpeningLength = 60;

    /// <summary>
    /// A short text whole; of a longer one, its opening only: a dateline may open the lead paragraph
    /// ("Karlsruhe (12.11.2021). Traditionell ..."), while a date further into a sentence is about something else.
    /// </summary>
    /// <remarks>In an opening only an all-digit date counts: prose names the month ("Seit 4. August 2014 gilt ..."), a dateline writes numbers.</remarks>
    private static string? Opening(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= MaxTextLength)
        {
            return trimmed;
        }

        var opening = trimmed[..OpeningLength];
        return NumericDate().IsMatch(opening) ? opening : null;
    }

    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2})(?![0-9])")]
    private static partial Regex NumericDate();

    public static string? Find(IDocument document, MetadataElements elements)
    {
        if (document.DocumentElement is not { } root)
        {
            return null;
        }

        int? headline = elements.Headings.Count > 0 ? elements.Positions.GetValueOrDefault(elements.Headings[0]) : null;
        string? best = null;
        var bestDistance = int.MaxValue;
        var (visited, parsed) = (0, 0);
        var stack = new Stack<(IElement Element, bool Hidden)>();
        stack.Push((root, false));
        while (stack.Count > 0 && visited < MaxElements && parsed < MaxTexts)
        {
            // Same pre-order walk as MetadataElements.Collect, so positions compare with the headline's: the head and
            // scripts are walked too (not read), or every position in the body would fall short of the headline's.
            var (element, hidden) = stack.Pop();
            visited++;
            hidden = hidden || element.LocalName is "script" or "style" or "noscript" or "template" or "head" or "select" or "option" or "textarea";
            var distance = headline is not { } h ? visited : visited >= h ? visited - h : 2 * (h - visited);
            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                if (children[c] is IElement child)
                {
                    stack.Push((child, hidden));
                }
            }

            if (hidden || distance >= bestDistance)
            {
                continue;
            }

            foreach (var node in children)
            {
                if (node is IText { Data: var data } && Opening(data) is { Length: > 5 } text && text.AsSpan().ContainsAnyInRange('0', '9'))
                {
                    parsed++;
                    if ((DateText.TryParse(text, out _) ? text : ShortYear.Expand(text)) is { } date)
                    {
                        (best, bestDistance) = (date, distance);
                        break;
                    }
                }
            }
        }

        return best;
    }
}
