using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Web.Caching;
using Summarizer.Web.Hosting;

namespace Summarizer.Web.Pages;

/// <summary>The HTML pages, rendered on the server from Razor components; none needs JavaScript.</summary>
internal static class PageEndpoints
{
    public static void MapReadingRoomPages(this WebApplication app)
    {
        app.MapGet("/", HomeAsync).CacheOutput(ListCache.Policy).ExcludeFromDescription();
        app.MapGet("/sources", SourcesAsync).ExcludeFromDescription();
        app.MapGet("/sources/{name}", SourceAsync).CacheOutput(ListCache.Policy).ExcludeFromDescription();
        app.MapGet("/days/{day}", DayAsync).CacheOutput(ListCache.Policy).ExcludeFromDescription();
        app.MapGet("/articles/{id:long}", ArticleAsync).ExcludeFromDescription();
        // Browsers ask for it on every site; no icon is an answer, not a 404 in the console.
        app.MapGet("/favicon.ico", () => Results.NoContent()).ExcludeFromDescription();
    }

    public static IResult NotFound() => NotFoundResult("لم نجد هذه الصفحة.");

    public static IResult NotFoundResult(string message) =>
        new RazorComponentResult<NotFoundPage>(new { Message = message }) { StatusCode = StatusCodes.Status404NotFound };

    private static async Task<IResult> HomeAsync(
        IArticleCatalog catalog, IOptions<ReadingRoomOptions> options, TimeProvider time, int? page, CancellationToken cancellationToken) =>
        await ListAsync("أحدث الملخصات", "/", null, CatalogFilter.All, catalog, options, time, page, cancellationToken);

    private static async Task<IResult> SourceAsync(
        string name, IArticleCatalog catalog, IOptions<ReadingRoomOptions> options, TimeProvider time, int? page,
        CancellationToken cancellationToken)
    {
        if (!await catalog.SourceExistsAsync(name, cancellationToken))
        {
            return NotFoundResult($"لا يوجد مصدر باسم «{name}».");
        }

        var escaped = Uri.EscapeDataString(name);
        return await ListAsync($"ملخصات {name}", "/sources/" + escaped, $"/feeds/{escaped}.atom", new CatalogFilter(name), catalog, options, time,
            page, cancellationToken);
    }

    /// <summary>One UTC day. A day that is not a date, or that has no summary, is not found.</summary>
    private static async Task<IResult> DayAsync(
        string day, IArticleCatalog catalog, IOptions<ReadingRoomOptions> options, TimeProvider time, int? page, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return NotFoundResult("هذا ليس تاريخًا بصيغة سنة-شهر-يوم.");
        }

        var from = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var filter = new CatalogFilter(From: from, Until: from.AddDays(1));
        if ((await catalog.LatestAsync(filter, new CatalogPaging(1, 1), cancellationToken)).Items.Count == 0)
        {
            return NotFoundResult($"لا توجد ملخصات في يوم {ArabicTime.Date(from)}.");
        }

        return await ListAsync($"ملخصات يوم {ArabicTime.Date(from)}", "/days/" + day, null, filter, catalog, options, time, page, cancellationToken);
    }

    private static async Task<IResult> ListAsync(
        string heading, string path, string? feed, CatalogFilter filter, IArticleCatalog catalog, IOptions<ReadingRoomOptions> options,
        TimeProvider time, int? page, CancellationToken cancellationToken)
    {
        var paging = new CatalogPaging(page ?? 1, options.Value.PageSize);
        var result = await catalog.LatestAsync(filter, paging, cancellationToken);
        return new RazorComponentResult<ListPage>(new
        {
            Heading = heading, Path = path, Feed = feed, Result = result, Page = paging.Page, Now = time.GetUtcNow(),
        });
    }

    private static async Task<IResult> ArticleAsync(long id, IArticleCatalog catalog, CancellationToken cancellationToken) =>
        await catalog.GetAsync(id, cancellationToken) is { } stored
            ? new RazorComponentResult<ArticlePage>(new { Item = stored })
            : NotFoundResult($"لا يوجد مقال برقم {ArabicTime.Digits(id)}.");

    private static async Task<IResult> SourcesAsync(
        IArticleCatalog catalog, IOptions<SourcesOptions> sources, TimeProvider time, CancellationToken cancellationToken)
    {
        var reports = (await catalog.GetSourceReportsAsync(cancellationToken)).ToDictionary(r => r.State.Name);
        var configured = sources.Value.Sources;
        var rows = configured.Select(s => s.DisplayName).Concat(reports.Keys).Distinct(StringComparer.Ordinal)
            .Select(name =>
            {
                var options = configured.FirstOrDefault(s => s.DisplayName == name);
                var enabled = options is null ? "أُزيل" : options.Enabled ? "نعم" : "لا";
                return new SourcesPage.SourceRow(name, enabled, reports.GetValueOrDefault(name));
            })
            .ToList();
        return new RazorComponentResult<SourcesPage>(new { Rows = rows, Now = time.GetUtcNow() });
    }
}
