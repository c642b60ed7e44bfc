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
        HttpContext context, IArticleCatalog catalog, IOptions<ReadingRoomOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var page = await catalog.LatestAsync(CatalogFilter.All, new CatalogPaging(1, options.Value.PageSize), cancellationToken);
        return Feed(context, "ملخصات كل المصادر", page.Items, time);
    }

    private static async Task<IResult> SourceAsync(
        string source, HttpContext context, IArticleCatalog catalog, IOptions<ReadingRoomOptions> options, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!await catalog.SourceExistsAsync(source, cancellationToken))
        {
            return PageEndpoints.NotFoundResult($"لا يوجد مصدر باسم «{source}».");
        }

        var page = await catalog.LatestAsync(new CatalogFilter(source), new CatalogPaging(1, options.Value.PageSize), cancellationToken);
        return Feed(context, $"ملخصات {source}", page.Items, time);
    }

    private static IResult Feed(HttpContext context, string title, IReadOnlyList<StoredArticle> items, TimeProvider time)
    {
        var request = context.Request;
        var site = new Uri($"{request.Scheme}://{request.Host}/");
        var self = new Uri(site, request.Path.ToUriComponent());
        return Results.Bytes(AtomFeed.Write(title, self, site, items, time.GetUtcNow()), AtomType);
    }
}
