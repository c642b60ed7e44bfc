using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Storage;
using Summarizer.Text;
using Summarizer.Web.Hosting;

namespace Summarizer.Web.Search;

/// <summary>
/// <c>/search?q=</c>. Any text is a valid query: it is reduced to at most <see cref="ArabicSearchText.MaxTerms"/> normalized
/// words of letters and digits, so quotes, operators, SQL and markup never reach the store, and it is echoed encoded.
/// </summary>
internal static class SearchEndpoints
{
    /// <summary>The query echoed back is cut here: a pasted 10,000-character query still gets a readable page.</summary>
    private const int MaxEcho = 500;

    public static void MapSearch(this WebApplication app) =>
        app.MapGet("/search", SearchAsync).RequireRateLimiting(ReadingRoomServiceCollectionExtensions.SearchRateLimitPolicy).ExcludeFromDescription();

    private static async Task<IResult> SearchAsync(
        IArticleCatalog catalog, IOptions<ReadingRoomOptions> options, TimeProvider time, string? q, int? page, CancellationToken cancellationToken)
    {
        var query = q is { Length: > MaxEcho } ? q[..MaxEcho] : q;
        var terms = ArabicSearchText.Terms(q);
        var paging = new CatalogPaging(page ?? 1, options.Value.PageSize);
        var result = terms.Count == 0
            ? new CatalogPage([], false)
            : await catalog.SearchAsync(q!, CatalogFilter.All, paging, cancellationToken);
        return new RazorComponentResult<SearchPage>(new
        {
            Query = query, Terms = terms, Result = result, Page = paging.Page, Now = time.GetUtcNow(),
        });
    }

    /// <summary>The answer past the search rate limit: 429, a short Arabic page (a JSON problem for the API), and when to try again.</summary>
    public static async ValueTask WriteTooManyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var window = context.RequestServices.GetRequiredService<IOptions<ReadingRoomOptions>>().Value.SearchWindow;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(window.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            // The API answers problems as JSON (RFC 9457), like its 400 and 404.
            await Results.Problem("too many searches from this address; try again after Retry-After seconds",
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            "<!DOCTYPE html><html dir=\"rtl\" lang=\"ar\"><head><meta charset=\"utf-8\"><title>طلبات كثيرة</title></head>" +
            "<body><p>طلبات بحث كثيرة في وقت قصير. حاول بعد قليل.</p></body></html>", cancellationToken);
    }
}
