using System.Text.Json;

namespace Summarizer.Extraction.Metadata;

/// <summary>Tolerant accessors for schema.org values, which may be a string, an object with a name/url, or an array of either.</summary>
internal static class JsonLdValues
{
    private static readonly string[] ArticleTypes =
    [
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
        "BlogPosting", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting",
    ];

    public static bool IsArticleType(JsonElement node) => HasType(node, ArticleTypes);

    public static bool HasType(JsonElement node, params string[] types)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => types.Contains(type.GetString(), StringComparer.OrdinalIgnoreCase),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && types.Contains(t.GetString(), StringComparer.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    public static string? Text(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) ? AsText(value) : null;

    public static string? Url(JsonElement node, string name)
    {
        if (!node.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NonEmpty(value.GetString()),
            JsonValueKind.Object => Text(value, "url") ?? Text(value, "@id") ?? Text(value, "contentUrl"),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? NonEmpty(v.GetString()) : v.ValueKind == JsonValueKind.Object ? Text(v, "url") : null).FirstOrDefault(v => v is not null),
            _ => null,
        };
    }

    public static IReadOnlyList<string> Names(JsonElement node, string name)
    {
        if (!node.TryGetProperty(name, out var value))
        {
            return [];
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        return items
            .Select(v => v.ValueKind == JsonValueKind.Object ? Text(v, "name") : AsText(v))
            .OfType<string>()
            .Where(n => !n.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => NonEmpty(value.GetString()),
        JsonValueKind.Array => value.EnumerateArray().Select(AsText).FirstOrDefault(v => v is not null),
        _ => null,
    };

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
