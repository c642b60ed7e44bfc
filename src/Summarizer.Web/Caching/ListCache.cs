using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summarizer.Storage;
using Summarizer.Web.Hosting;

namespace Summarizer.Web.Caching;

/// <summary>
/// Rendered list pages and feeds kept in memory for <see cref="ReadingRoomOptions.ListCacheDuration"/> (ASP.NET Core output
/// caching): under load most requests for <c>/</c> ask for the same bytes. Entries vary only by <c>page</c>, so junk query
/// strings cannot fill the cache, and carry one tag that a summary stored by this process's worker evicts.
/// </summary>
internal static class ListCache
{
    public const string Policy = "lists";

    public const string Tag = "lists";

    public static IServiceCollection AddListCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<ReadingRoomOptions>>((cache, reading) =>
            cache.AddPolicy(Policy, b => b.Expire(reading.Value.ListCacheDuration).SetVaryByQuery("page").Tag(Tag)));
        // Every write of a summary in this process goes through ISummaryStore (the workflow resolves it from here).
        services.Replace(ServiceDescriptor.Singleton<ISummaryStore>(sp =>
            new EvictingSummaryStore(sp.GetRequiredService<SqlArticleStore>(), sp.GetRequiredService<IOutputCacheStore>())));
        return services;
    }

    /// <summary>The middleware only when a lifetime is set: with zero every list page is rendered for its request.</summary>
    public static WebApplication UseListCache(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ReadingRoomOptions>>().Value.ListCacheDuration > TimeSpan.Zero)
        {
            app.UseOutputCache();
        }

        return app;
    }
}
