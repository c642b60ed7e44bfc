using AngleSharp.Dom;

namespace Summarizer.Extraction.Metadata;

/// <summary>Combines JSON-LD, OpenGraph/Twitter/Dublin Core meta, &lt;time&gt; and visible text into one <see cref="PageMetadata"/>.</summary>
internal static class MetadataReader
{
    /// <param name="document">The parsed page.</param>
    /// <param name="pageUrl">Where the page was read from (its URL may carry the publication day).</param>
    /// <param name="now">When the page was read: later dates are refused as implausible.</param>
    /// <param name="source">The page's text before parsing, scripts included (parsing drops the JavaScript state).</param>
    public static PageMetadata Read(IDocument document, Uri? pageUrl, DateTimeOffset now, string? source = null)
    {
        var elements = MetadataElements.Collect(document);
        var ld = JsonLdReader.Read(elements.JsonLdScripts);
        var meta = new MetaTags(elements.Metas);
        var siteName = meta.Get("og:site_name", "application-name") ?? ld.Publisher;
        var rawTitle = meta.Get("og:title", "twitter:title", "dc.title", "headline") ?? ld.Headline ?? document.Title ?? elements.Headings.FirstOrDefault()?.TextContent ?? "";
        var baseUrl = pageUrl;
        var canonical = UrlValue.Resolve(elements.CanonicalHref, baseUrl)
            ?? UrlValue.Resolve(meta.Get("og:url"), baseUrl) ?? UrlValue.Resolve(ld.Url, baseUrl);
        var language = LanguageTag(document.DocumentElement?.GetAttribute("lang"))
            ?? LanguageTag(meta.Get("content-language", "dc.language", "language")) ?? LanguageTag(meta.Get("og:locale")) ?? LanguageTag(ld.Language);
        var (published, modified) = DateReader.Read(elements, meta, ld, document.Title, pageUrl, language, now, document, source);
        return new PageMetadata
        {
            Title = TitleCleaner.Clean(rawTitle, siteName, HostOf(pageUrl, canonical), document.Title),
            Authors = AuthorReader.Read(elements, meta, ld, SiteNames(siteName, ld.Publisher, HostOf(pageUrl, canonical))),
            PublishedAt = published,
            ModifiedAt = modified,
            DeclaredLanguage = language,
            DeclaredDirection = Direction(document.DocumentElement?.GetAttribute("dir")) ?? Direction(document.Body?.GetAttribute("dir")),
            CanonicalUrl = canonical,
            SiteName = siteName,
            Description = meta.Get("og:description", "description", "twitter:description", "dc.description") ?? ld.Description,
            ImageUrl = UrlValue.Resolve(meta.Get("og:image", "og:image:url", "twitter:image", "twitter:image:src") ?? ld.Image, baseUrl)
                ?? UrlValue.Resolve(elements.ImageSrcHref, baseUrl),
            ArticleBody = ld.ArticleBody,
        };
    }

    private static string? HostOf(Uri? pageUrl, Uri? canonical) =>
        pageUrl is { IsAbsoluteUri: true, Host.Length: > 0 } ? pageUrl.Host : canonical is { IsAbsoluteUri: true, Host.Length: > 0 } ? canonical.Host : null;

    /// <summary>Names the site goes by: never a byline.</summary>
    private static List<string> SiteNames(params string?[] names) => names.OfType<string>().Where(n => n.Length > 0).ToList();

    /// <summary>A BCP 47 tag from an attribute value ("ar_EG" → "ar-EG"); null when absent or malformed.</summary>
    private static string? LanguageTag(string? value)
    {
        var v = value?.Trim().Replace('_', '-').Split(',')[0].Trim();
        if (string.IsNullOrEmpty(v) || v.Length > 20 || !v.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || !char.IsAsciiLetter(v[0]))
        {
            return null;
        }

        var parts = v.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts[0].Length is < 2 or > 3 ? null : string.Join('-', parts.Select((p, i) => i == 0 ? p.ToLowerInvariant() : p.Length == 2 ? p.ToUpperInvariant() : p));
    }

    private static string? Direction(string? value) => value?.Trim().ToLowerInvariant() is "rtl" or "ltr" ? value.Trim().ToLowerInvariant() : null;
}
