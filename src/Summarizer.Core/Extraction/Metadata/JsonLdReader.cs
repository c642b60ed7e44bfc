using System.Text.Json;
using AngleSharp.Dom;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Reads schema.org JSON-LD blocks (single objects, arrays and <c>@graph</c>). Malformed blocks are
/// skipped: publishers ship broken JSON often enough that it must never fail the page.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxDates = 40;

    private static readonly string[] DateProperties = ["datePublished", "dateCreated", "dateModified", "uploadDate", "publicationDate", "dateUpdated"];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle Read(IEnumerable<IElement> scripts)
    {
        var result = new JsonLdArticle();
        var dates = new List<JsonLdDate>();
        foreach (var script in scripts)
        {
            var json = script.TextContent;
            if (json.Length is 0 or > 2_000_000)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(json, Options);
                foreach (var node in Flatten(doc.RootElement, 0))
                {
                    result = Merge(result, node);
                    CollectDates(node, dates);
                }
            }
            catch (JsonException)
            {
                // Not JSON after all; other evidence will do.
            }
        }

        return result with { Publisher = result.Publisher ?? result.OrganizationName, Dates = dates };
    }

    /// <summary>
    /// The dates of a node and of the node it describes (<c>mainEntity</c>): WordPress puts them on the WebPage. Only the
    /// first dated Article node speaks for the page: the Article nodes after it describe teasers and related articles
    /// (listing blocks, "more from this section"), and counted together they outvote the page's own date.
    /// </summary>
    private static void CollectDates(JsonElement node, List<JsonLdDate> dates)
    {
        var onArticle = JsonLdValues.IsArticleType(node);
        if (onArticle && dates.Any(d => d.OnArticle))
        {
            return;
        }

        foreach (var property in DateProperties)
        {
            if (dates.Count < MaxDates && JsonLdValues.Text(node, property) is { Length: < 100 } value)
            {
                dates.Add(new JsonLdDate(property, value, onArticle));
            }
        }

        if (node.TryGetProperty("mainEntity", out var main) && main.ValueKind == JsonValueKind.Object && dates.Count < MaxDates)
        {
            var mainIsArticle = JsonLdValues.IsArticleType(main);
            foreach (var property in DateProperties)
            {
                if (JsonLdValues.Text(main, property) is { Length: < 100 } value)
                {
                    dates.Add(new JsonLdDate(property, value, mainIsArticle));
                }
            }
        }
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element, int depth)
    {
        if (depth > 6)
        {
            yield break;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Flatten(item, depth + 1))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var inner in Flatten(graph, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    private static JsonLdArticle Merge(JsonLdArticle seen, JsonElement node)
    {
        if (!JsonLdValues.IsArticleType(node))
        {
            return seen.OrganizationName is null && JsonLdValues.HasType(node, "Organization", "NewsMediaOrganization", "WebSite")
                ? seen with { OrganizationName = JsonLdValues.Text(node, "name") }
                : seen;
        }

        return seen with
        {
            Headline = seen.Headline ?? JsonLdValues.Text(node, "headline") ?? JsonLdValues.Text(node, "name"),
            ArticleBody = seen.ArticleBody ?? JsonLdValues.Text(node, "articleBody") ?? JsonLdValues.Text(node, "text"),
            DatePublished = seen.DatePublished ?? JsonLdValues.Text(node, "datePublished") ?? JsonLdValues.Text(node, "dateCreated"),
            DateModified = seen.DateModified ?? JsonLdValues.Text(node, "dateModified"),
            Authors = seen.Authors.Count > 0 ? seen.Authors : JsonLdValues.Names(node, "author"),
            Publisher = seen.Publisher ?? JsonLdValues.Names(node, "publisher").FirstOrDefault(),
            Image = seen.Image ?? JsonLdValues.Url(node, "image") ?? JsonLdValues.Url(node, "thumbnailUrl"),
            Description = seen.Description ?? JsonLdValues.Text(node, "description"),
            Language = seen.Language ?? JsonLdValues.Text(node, "inLanguage"),
            Url = seen.Url ?? JsonLdValues.Url(node, "mainEntityOfPage") ?? JsonLdValues.Text(node, "url"),
        };
    }
}
