using AngleSharp.Dom;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Published and modified dates from every kind of evidence on the page — the URL, JSON-LD (every node), meta tags,
/// microdata, &lt;time&gt; and &lt;abbr&gt;, the dateline near the headline, date-classed elements, the title — weighed
/// together (<see cref="DateVote"/>) instead of taking the first hit: one stray related-article date or a UTC conversion
/// that moved the day should not outvote the page's own agreeing evidence.
/// </summary>
internal static class DateReader
{
    private const int MaxVisibleText = 200;

    public static (DateTimeOffset? Published, DateTimeOffset? Modified) Read(
        MetadataElements elements, MetaTags meta, JsonLdArticle ld, string? title, Uri? url, string? language, DateTimeOffset now)
    {
        var monthFirst = language is "en" or "en-US";
        var found = new List<DateCandidate>();
        void Add(string? text, double weight, bool modified = false)
        {
            if (DateText.TryParse(text, monthFirst, out var value, out var zone))
            {
                found.Add(new DateCandidate(value, weight, modified, zone));
            }
        }

        if (UrlDate.Read(url) is { } fromUrl)
        {
            found.Add(new DateCandidate(fromUrl, DateSources.Url, false, DateZone.Unwritten));
        }

        foreach (var date in ld.Dates)
        {
            var modified = date.Property is "dateModified" or "dateUpdated";
            Add(date.Value, modified ? DateSources.JsonLdArticlePublished : Weight(date), modified);
        }

        foreach (var key in DateSources.PublishedMeta)
        {
            Add(meta.Get(key), DateSources.StrongMeta);
        }

        foreach (var key in DateSources.GenericMeta)
        {
            Add(meta.Get(key), DateSources.WeakMeta);
        }

        foreach (var key in DateSources.ModifiedMeta)
        {
            Add(meta.Get(key), DateSources.StrongMeta, modified: true);
        }

        foreach (var element in elements.MicrodataDates)
        {
            var modified = element.GetAttribute("itemprop")!.Contains("modified", StringComparison.OrdinalIgnoreCase);
            Add(AttributeOrText(element, "content", "datetime"), DateSources.Microdata, modified);
        }

        TimeElements(elements.Times, Add);
        foreach (var abbr in elements.Abbrs)
        {
            var cls = abbr.GetAttribute("class") ?? "";
            if (cls.Contains("publish", StringComparison.OrdinalIgnoreCase) || cls.Contains("date", StringComparison.OrdinalIgnoreCase))
            {
                Add(abbr.GetAttribute("title"), DateSources.Abbr);
                Add(Bounded(abbr.TextContent), DateSources.Abbr / 2);
            }
        }

        Add(NearHeadline(elements), DateSources.NearHeadline);
        Add(FirstDated(elements, monthFirst), DateSources.DatedElement);
        Add(title, DateSources.Title);
        return DateVote.Decide(found, now);
    }

    private static double Weight(JsonLdDate date) => date.Property switch
    {
        "datePublished" => date.OnArticle ? DateSources.JsonLdArticlePublished : DateSources.JsonLdOtherPublished,
        "uploadDate" => DateSources.JsonLdUpload,
        _ => DateSources.JsonLdCreated,
    };

    /// <summary>A &lt;time&gt; that says it is the publication counts in full; otherwise only the first one, less.</summary>
    private static void TimeElements(List<IElement> times, Action<string?, double, bool> add)
    {
        var first = true;
        foreach (var time in times)
        {
            var cls = time.GetAttribute("class") ?? "";
            var published = time.HasAttribute("pubdate") || cls.Contains("publish", StringComparison.OrdinalIgnoreCase)
                            || cls.Contains("entry-date", StringComparison.OrdinalIgnoreCase) || cls.Contains("created", StringComparison.OrdinalIgnoreCase);
            var modified = cls.Contains("update", StringComparison.OrdinalIgnoreCase) || cls.Contains("modified", StringComparison.OrdinalIgnoreCase);
            if (published || modified || first)
            {
                add(AttributeOrText(time, "datetime"), published || modified ? DateSources.PublishedTime : DateSources.FirstTime, modified && !published);
                first = false;
            }
        }
    }

    /// <summary>Datelines usually sit beside the headline: look there first, whatever the classes are called.</summary>
    private static string? NearHeadline(MetadataElements elements)
    {
        foreach (var sibling in elements.Headings.SelectMany(h => h.ParentElement?.Children.Take(8) ?? []))
        {
            var text = sibling.LocalName == "h1" ? null : Bounded(sibling.TextContent);
            if (text is not null && DateText.TryParse(text, out _))
            {
                return text;
            }
        }

        return null;
    }

    private static string? FirstDated(MetadataElements elements, bool monthFirst)
    {
        foreach (var element in elements.Dated)
        {
            var text = Bounded(element.TextContent);
            if (text is not null && DateText.TryParse(text, monthFirst, out _, out _))
            {
                return text;
            }
        }

        return null;
    }

    private static string? AttributeOrText(IElement element, params string[] attributes)
    {
        foreach (var attribute in attributes)
        {
            if (element.GetAttribute(attribute) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return Bounded(element.TextContent);
    }

    /// <summary>Visible text only when short: a date-classed wrapper around the whole article is not a dateline.</summary>
    private static string? Bounded(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and <= MaxVisibleText ? trimmed : null;
    }
}
