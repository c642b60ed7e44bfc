using AngleSharp.Dom;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// The last resort when nothing on the page is marked as a date: every short text in the body, in document order,
/// and the date closest to the headline (after it rather than before). Read only when the marked evidence found
/// nothing, and bounded by the number of elements walked and texts parsed.
/// </summary>
internal static class TextScan
{
    private const int MaxTexts = 500;
    private const int MaxElements = 60_000;
    /// <summary>A dateline is short ("am 29.12.2010, 13:36 Uhr"); a date inside a sentence is usually about something else.</summary>
    private const int MaxTextLength = 80;

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
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0 && visited < MaxElements && parsed < MaxTexts)
        {
            // Same pre-order walk as MetadataElements.Collect, so positions compare with the headline's.
            var element = stack.Pop();
            visited++;
            if (element.LocalName is "script" or "style" or "noscript" or "template" or "head" or "select" or "option" or "textarea")
            {
                continue;
            }

            var distance = headline is not { } h ? visited : visited >= h ? visited - h : 2 * (h - visited);
            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                if (children[c] is IElement child)
                {
                    stack.Push(child);
                }
            }

            if (distance >= bestDistance)
            {
                continue;
            }

            foreach (var node in children)
            {
                if (node is IText { Data: var text } && text.Trim().Length is > 5 and <= MaxTextLength && text.AsSpan().ContainsAnyInRange('0', '9'))
                {
                    parsed++;
                    if (DateText.TryParse(text, out _))
                    {
                        (best, bestDistance) = (text, distance);
                        break;
                    }
                }
            }
        }

        return best;
    }
}
