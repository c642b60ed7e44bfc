using AngleSharp.Dom;

namespace Summarizer.Extraction.Metadata;

/// <summary>Authors from JSON-LD, then author meta tags, then rel=author / byline elements in the page.</summary>
internal static class AuthorReader
{
    public static IReadOnlyList<string> Read(MetadataElements elements, MetaTags meta, JsonLdArticle ld)
    {
        if (ld.Authors.Count > 0)
        {
            return ld.Authors.Select(Clean).Where(a => a.Length > 0).ToList();
        }

        var fromMeta = meta.Get("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl");
        if (fromMeta is not null && !fromMeta.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return Split(fromMeta);
        }

        var element = elements.Author;
        var text = element is null ? null : Clean(element.TextContent);
        return text is { Length: > 1 and < 100 } ? Split(text) : [];
    }

    private static List<string> Split(string value) =>
        Clean(value).Split([",", " and ", " و ", "،", "|"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(a => a.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Clean(string value)
    {
        var v = Text.Whitespace.Collapse(value);
        foreach (var prefix in new[] { "By ", "by ", "بقلم:", "بقلم", "كتب:", "كتب " })
        {
            if (v.StartsWith(prefix, StringComparison.Ordinal))
            {
                v = v[prefix.Length..].Trim();
            }
        }

        return v;
    }
}
