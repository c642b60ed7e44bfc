using AngleSharp.Dom;

namespace Summarizer.Extraction.Metadata;

/// <summary>Published/modified times: JSON-LD, then meta tags, then &lt;time&gt;, then date-like visible text.</summary>
internal static class DateReader
{
    public static DateTimeOffset? Published(MetadataElements elements, MetaTags meta, JsonLdArticle ld) =>
        Parse(ld.DatePublished)
        ?? Parse(meta.Get("article:published_time", "datePublished", "og:published_time", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "date", "sailthru.date", "parsely-pub-date"))
        ?? FromTimeElements(elements.Times)
        ?? FromVisibleText(elements);

    public static DateTimeOffset? Modified(MetaTags meta, JsonLdArticle ld) =>
        Parse(ld.DateModified) ?? Parse(meta.Get("article:modified_time", "dateModified", "og:updated_time", "last-modified"));

    private static DateTimeOffset? FromTimeElements(List<IElement> times)
    {
        foreach (var time in times)
        {
            if (Parse(time.GetAttribute("datetime")) is { } attribute)
            {
                return attribute;
            }

            if (Parse(time.TextContent) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    private static DateTimeOffset? FromVisibleText(MetadataElements elements)
    {
        // Datelines usually sit beside the headline: look there first, whatever the classes are called.
        foreach (var sibling in elements.Headings.SelectMany(h => h.ParentElement?.Children.Take(8) ?? []))
        {
            var text = sibling.TextContent;
            if (sibling.LocalName != "h1" && text.Length < 200 && Parse(text) is { } nearHeadline)
            {
                return nearHeadline;
            }
        }

        foreach (var element in elements.Dated)
        {
            var text = element.TextContent;
            if (text.Length < 120 && Parse(text) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static DateTimeOffset? Parse(string? value) => DateText.TryParse(value, out var parsed) ? parsed : null;
}
