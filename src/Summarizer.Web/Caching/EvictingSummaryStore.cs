using Microsoft.AspNetCore.OutputCaching;
using Summarizer.Storage;
using Summarizer.Summarization;

namespace Summarizer.Web.Caching;

/// <summary>
/// The store's summaries, and after each summary stored or attached the cached lists are dropped, so a reader of
/// <c>run --serve</c> sees a new summary on the next request rather than after the cache's lifetime.
/// </summary>
internal sealed class EvictingSummaryStore(ISummaryStore inner, IOutputCacheStore cache) : ISummaryStore
{
    public Task<SummaryRecord?> FindSummaryAsync(SummaryKey key, CancellationToken cancellationToken) =>
        inner.FindSummaryAsync(key, cancellationToken);

    public async Task<SavedSummary> SaveSummaryAsync(long articleId, string textHash, ArticleSummary summary, CancellationToken cancellationToken)
    {
        var saved = await inner.SaveSummaryAsync(articleId, textHash, summary, cancellationToken);
        await cache.EvictByTagAsync(ListCache.Tag, cancellationToken);
        return saved;
    }

    public async Task AttachSummaryAsync(long articleId, long summaryId, CancellationToken cancellationToken)
    {
        await inner.AttachSummaryAsync(articleId, summaryId, cancellationToken);
        await cache.EvictByTagAsync(ListCache.Tag, cancellationToken);
    }
}
