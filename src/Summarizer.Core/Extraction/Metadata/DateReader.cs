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
    private const int MaxDatedChildren = 8;

    public static (DateTimeOffset? Published, DateTimeOffset? Modified) Read(
        MetadataElements elements, MetaTags meta, JsonLdArticle ld, string? title, Uri? url, string? language, DateTimeOffset now, IDocument? scan = null, string? source = null)
    {
        var monthFirst = language is "en" or "en-US";
        var found = new List<DateCandidate>();
        // One CMS writes the same value into several tags and JSON-LD nodes: that is one piece of evidence, not several.
        var seen = new HashSet<(string, bool)>();
        // Days the reader is shown anywhere (not only the dateline picked): a page that shows only its update means the update.
        var shownDays = new HashSet<DateOnly>();
        void Add(string? text, double weight, bool modified = false, bool shown = false)
        {
            if (text is not null && DateText.TryParse(text, monthFirst, out var value, out var zone))
            {
                if (shown)
                {
                    shownDays.Add(DateOnly.FromDateTime(value.DateTime));
                }

                if (seen.Add((text.Trim(), modified)))
                {
                    found.Add(new DateCandidate(value, weight, modified, zone));
                }
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

        // Microdata: the first value of each property; comments and teasers repeat the properties further down.
        foreach (var group in elements.MicrodataDates.GroupBy(e => e.GetAttribute("itemprop")!.Trim().ToLowerInvariant()))
        {
            Add(AttributeOrText(group.First(), "content", "datetime"), DateSources.Microdata, group.Key.Contains("modified", StringComparison.Ordinal));
        }

        var nearest = new NearHeadline(elements);
        var times = elements.Times.Where(t => !ForeignZone.Contains(t)).ToList();
        if (nearest.Pick(times.Where(IsPublishedTime), TimeValue) is { } publishedTime)
        {
            Add(publishedTime, DateSources.PublishedTime, shown: true);
        }

        Add(nearest.Pick(times, TimeValue), DateSources.FirstTime, shown: true);
        Add(nearest.Pick(elements.Abbrs.Where(a => IsDateAbbr(a) && !ForeignZone.Contains(a)), a => a.GetAttribute("title")), DateSources.Abbr, shown: true);
        Add(nearest.Siblings(), DateSources.NearHeadline, shown: true);
        Add(nearest.Pick(elements.Dated.Where(d => !ForeignZone.Contains(d)), DatedText), DateSources.DatedElement, shown: true);
        foreach (var value in ScriptDates.Read(source))
        {
            Add(value, DateSources.ScriptKey);
        }

        Add(title, DateSources.Title);
        foreach (var text in times.Select(TimeValue).Concat(elements.Dated.Where(d => !ForeignZone.Contains(d)).Select(DatedText)))
        {
            if (DateText.TryParse(text, out var shownValue))
            {
                shownDays.Add(DateOnly.FromDateTime(shownValue.DateTime));
            }
        }

        var decided = DateVote.Decide(found, now, shownDays);
        if (decided.Published is null && scan is not null)
        {
            Add(TextScan.Find(scan, elements), DateSources.TextScan, shown: true);
            decided = DateVote.Decide(found, now, shownDays);
        }

        return decided;
    }

    private static double Weight(JsonLdDate date) => date.Property switch
    {
        "datePublished" => date.OnArticle ? DateSources.JsonLdArticlePublished : DateSources.JsonLdOtherPublished,
        "uploadDate" => DateSources.JsonLdUpload,
        _ => DateSources.JsonLdCreated,
    };

    /// <summary>
    /// A &lt;time&gt;'s machine value, unless its visible text shows a whole date of another day: the reader sees the
    /// text ("Publié le 29 juin 2019"), while the attribute is sometimes when the entry was last saved, or a UTC
    /// conversion that moved an evening article to the next day.
    /// </summary>
    private static string? TimeValue(IElement time)
    {
        var attribute = time.GetAttribute("datetime") is { Length: > 0 } a ? a : null;
        var text = Bounded(time.TextContent);
        if (attribute is null)
        {
            return text;
        }

        return text is not null && DateText.TryParse(text, out var shown) && DateText.TryParse(attribute, out var machine)
               && DateOnly.FromDateTime(shown.DateTime) != DateOnly.FromDateTime(machine.DateTime)
            ? text
            : attribute;
    }

    private static bool IsPublishedTime(IElement time)
    {
        var cls = time.GetAttribute("class") ?? "";
        return time.HasAttribute("pubdate") || cls.Contains("publish", StringComparison.OrdinalIgnoreCase)
               || cls.Contains("entry-date", StringComparison.OrdinalIgnoreCase) || cls.Contains("created", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDateAbbr(IElement abbr)
    {
        var cls = abbr.GetAttribute("class") ?? "";
        return cls.Contains("publish", StringComparison.OrdinalIgnoreCase) || cls.Contains("date", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The text of a date-classed element, when it is small: a "date" class on a wrapper of the whole article is no dateline,
    /// and building the text of a big subtree is the costly part of reading it.
    /// </summary>
    private static string? DatedText(IElement element)
    {
        var text = element.ChildElementCount <= MaxDatedChildren ? Bounded(element.TextContent) : null;
        return text is not null && DateText.TryParse(text, out _) ? text : ShortYear.Expand(text) ?? DateAttribute(element);
    }

    /// <summary>A date-classed element with no date in its text may hold it in an attribute (<c>&lt;span class="updated" title="2013-04-04T18:52:11"&gt;</c>).</summary>
    private static string? DateAttribute(IElement element) =>
        element.GetAttribute("title") ?? element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.GetAttribute("data-date");

    internal static string? AttributeOrText(IElement element, params string[] attributes)
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
    internal static string? Bounded(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and <= MaxVisibleText ? trimmed : null;
    }
}
