using Summarizer.Sources;

namespace Summarizer.Storage;

/// <summary>
/// The work queue every worker shares: articles discovered, claimed under a lease, fetched, and finished as skipped or
/// failed (summarized is <see cref="ISummaryStore"/>'s). All times are UTC; the schema is created or migrated on first use.
/// </summary>
public interface IArticleQueue
{
    /// <summary>Adds URLs not yet known (by normalized URL); re-queues known ones whose source date changed. Returns how many were queued.</summary>
    Task<int> EnqueueAsync(string source, IReadOnlyList<DiscoveredArticle> articles, CancellationToken cancellationToken);

    /// <summary>
    /// The id of the article at this URL, added under <paramref name="source"/> when missing, leased for the configured
    /// lease duration so that no worker claims it meanwhile: for <c>summarizer summarize</c>.
    /// </summary>
    Task<long> EnsureArticleAsync(string source, string url, CancellationToken cancellationToken);

    /// <summary>Reserves up to <paramref name="count"/> due articles (pending or fetched, next attempt passed, lease free or expired) for a worker.</summary>
    Task<IReadOnlyList<ArticleRecord>> ClaimAsync(string workerId, int count, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Extends the lease of an article <paramref name="workerId"/> still holds to <paramref name="lease"/> from now: the
    /// heartbeat of an article in work. False when the worker no longer holds it (its lease expired and another took it).
    /// </summary>
    Task<bool> RenewLeaseAsync(long articleId, string workerId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Due articles leased by some worker right now: a pass that wants everything done waits for these.</summary>
    Task<int> CountLeasedAsync(CancellationToken cancellationToken);

    Task RecordFetchedAsync(long articleId, FetchedArticle fetched, CancellationToken cancellationToken);

    /// <summary>
    /// Records what was fetched and, atomically with it, looks for another article with the same text that is summarized or
    /// fetched (in work): if there is one, this article is marked skipped as its duplicate and that article's id is returned.
    /// Of copies processed at once (one batch, or several workers) exactly one goes on.
    /// </summary>
    Task<long?> RecordFetchedUnlessDuplicateAsync(long articleId, FetchedArticle fetched, CancellationToken cancellationToken);

    /// <summary>Counts an attempt; the article goes back to the queue at <paramref name="nextAttemptAt"/>, or to failed when that is null.</summary>
    Task MarkFailedAsync(long articleId, string error, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken);

    Task MarkSkippedAsync(long articleId, string reason, CancellationToken cancellationToken);

    /// <summary>Gives a claimed article back untouched (shutdown).</summary>
    Task ReleaseAsync(long articleId, CancellationToken cancellationToken);
}
