using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Storage;
using Summarizer.Web.Caching;
using Summarizer.Web.Hosting;
using Summarizer.Web.Pages;

namespace Summarizer.Web.Feeds;

internal static class FeedEndpoints
{
    private const string AtomType = "application/atom+xml; charset=utf-8";

    public static void MapFeeds(this WebApplication app)
    {
        app.MapGet("/feeds/all.atom", AllAsync).CacheOutput(ListCache.Policy).ExcludeFromDescription();
        app.MapGet("/feeds/{source}.atom", SourceAsync).CacheOutput(ListCache.Policy).ExcludeFromDescription();
    }

    private static async Task<IResult> AllAsync(
        HttpContext context, IArticleCatalog catalog, IOptions<ReadingRoomOptions> options, TimeProvider time, int? page,
        CancellationToken cancellationToken)
    {
        var paging = new CatalogPaging(page ?? 1, options.Value.PageSize);
        var result = await catalog.LatestAsync(CatalogFilter.All, paging, cancellationToken);
        return Feed(context, "ملخصات كل المصادر", result, paging.Page, time);
    }

    private static async Task<IResult> SourceAsync(
        string source, HttpContext context, IArticleCatalog catalog, IOptions<ReadingRoomOptions> options, TimeProvider time, int? page,
        CancellationToken cancellationToken)
    {
        if (!await catalog.SourceExistsAsync(source, cancellationToken))
        {
            return PageEndpoints.NotFoundResult($"لا يوجد مصدر باسم «{source}».");
        }

        var paging = new CatalogPaging(page ?? 1, options.Value.PageSize);
        var result = await catalog.LatestAsync(new CatalogFilter(source), paging, cancellationToken);
        return Feed(context, $"ملخصات {source}", result, paging.Page, time);
    }

    /// <summary>
    /// One page of a paged feed (RFC 5005, section 3): the first page is the feed's own address; each page links the first,
    /// the previous and, when older summaries remain, the next, so a reader that follows "next" can read the archive.
    /// </summary>
    private static IResult Feed(HttpContext context, string title, CatalogPage result, int page, TimeProvider time)
    {
        var request = context.Request;
        var site = new Uri($"{request.Scheme}://{request.Host}/");
        var first = new Uri(site, request.Path.ToUriComponent());
        var links = new FeedPageLinks(
            page == 1 ? first : PageUri(first, page),
            first,
            page == 2 ? first : page > 2 ? PageUri(first, page - 1) : null,
            result.HasMore ? PageUri(first, page + 1) : null);
        return Results.Bytes(AtomFeed.Write(title, links, site, result.Items, time.GetUtcNow()), AtomType);
    }

    private static Uri PageUri(Uri first, int page) =>
        new(first.AbsoluteUri + "?page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
