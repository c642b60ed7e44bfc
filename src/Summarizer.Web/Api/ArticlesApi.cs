using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Summarizer.Storage;
using Summarizer.Web.Hosting;

namespace Summarizer.Web.Api;

/// <summary><c>/api/articles</c> and <c>/api/articles/{id}</c>: the JSON the CLI prints, for summarized articles.</summary>
internal static class ArticlesApi
{
    /// <summary>The CLI's JSON settings: camelCase, Arabic unescaped, nulls written.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void MapArticlesApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/articles").WithTags("articles");
        api.MapGet("/", ListAsync)
            .WithSummary("Summarized articles, newest first, 'page' by 'page'; a Link header names the next page when there is one")
            .Produces<ArticleDocument[]>()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(ReadingRoomServiceCollectionExtensions.SearchRateLimitPolicy);
        api.MapGet("/{id:long}", GetAsync).WithSummary("One summarized article").Produces<ArticleDocument>();
    }

    private static async Task<Results<JsonHttpResult<ArticleDocument[]>, ProblemHttpResult>> ListAsync(
        HttpContext context, IArticleCatalog catalog, IOptions<ReadingRoomOptions> options, string? source, string? since, string? q,
        int? page, CancellationToken cancellationToken)
    {
        DateTimeOffset? from = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return TypedResults.Problem($"since: '{since}' is not an ISO 8601 date or time", statusCode: StatusCodes.Status400BadRequest);
            }

            from = parsed;
        }

        var filter = new CatalogFilter(string.IsNullOrEmpty(source) ? null : source, from);
        if (filter.Source is { } name && !await catalog.SourceExistsAsync(name, cancellationToken))
        {
            return TypedResults.Problem($"no source named '{name}'", statusCode: StatusCodes.Status404NotFound);
        }

        var paging = new CatalogPaging(page ?? 1, options.Value.PageSize);
        var result = string.IsNullOrWhiteSpace(q)
            ? await catalog.LatestAsync(filter, paging, cancellationToken)
            : await catalog.SearchAsync(q, filter, paging, cancellationToken);
        if (result.HasMore)
        {
            var next = QueryString.Create(context.Request.Query
                .Where(p => p.Key != "page")
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
                .Append(new("page", (paging.Page + 1).ToString(CultureInfo.InvariantCulture))));
            context.Response.Headers.Link = $"</api/articles{next}>; rel=\"next\"";
        }

        return TypedResults.Json(result.Items.Select(i => ArticleDocument.From(i.Article, i.Summary!)).ToArray(), Json);
    }

    private static async Task<Results<JsonHttpResult<ArticleDocument>, ProblemHttpResult>> GetAsync(
        long id, IArticleCatalog catalog, CancellationToken cancellationToken)
    {
        var stored = await catalog.GetAsync(id, cancellationToken);
        return stored is { Summary: { } summary }
            ? TypedResults.Json(ArticleDocument.From(stored.Article, summary), Json)
            : TypedResults.Problem($"no summarized article {id}", statusCode: StatusCodes.Status404NotFound);
    }
}
