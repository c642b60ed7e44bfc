using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Text;

namespace Summarizer.Worker;

/// <summary>
/// Polls one source: discovery, enqueue, and the source's state (validators, last poll, failures) in the store. A poll
/// has its own time budget (<see cref="WorkerOptions.SourceTimeBudget"/>), so a feed or sitemap that trickles cannot hold a pass.
/// </summary>
public sealed class SourcePoller(
    SourceDiscoverer discoverer, IArticleQueue queue, ISourceStateStore store, IOptions<WorkerOptions> options, TimeProvider time, ILogger<SourcePoller> logger)
{
    public static bool IsDue(SourceOptions source, SourceState? state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (state?.LastPolledAt is not { } last)
        {
            return true;
        }

        return source.ParseSchedule().GetNextOccurrence(last, TimeZoneInfo.Utc) is { } next && next <= now;
    }

    /// <summary>
    /// Returns the number of articles queued, or -1 when the source failed (recorded on the source).
    /// <paramref name="stored"/> is the source's state as the store has it, null before its first poll.
    /// </summary>
    public async Task<int> PollAsync(SourceOptions source, SourceState? stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var name = source.DisplayName;
        var state = stored ?? new SourceState { Name = name, Url = source.Url!.AbsoluteUri };
        var sameUrl = state.Url == source.Url!.AbsoluteUri;
        var budget = options.Value.SourceTimeBudget;
        using var overBudget = new CancellationTokenSource(budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, overBudget.Token);
        try
        {
            var discovery = await discoverer.DiscoverAsync(source, sameUrl ? state.ETag : null, sameUrl ? state.LastModified : null, linked.Token);
            var (queued, complete) = discovery.NotModified ? (0, true) : await EnqueueNewAsync(source, discovery.Articles, linked.Token);

            // Validators are kept only once everything listed is queued: otherwise the next poll's 304 would drop the rest.
            var keep = discovery.NotModified || (complete && discovery.Complete);
            await store.UpsertSourceAsync(state with
            {
                Url = source.Url.AbsoluteUri, ETag = keep ? discovery.ETag : null, LastModified = keep ? discovery.LastModified : null,
                LastPolledAt = time.GetUtcNow(), LastStatus = discovery.Status,
                LastError = discovery.Complete ? null : SafeText.Line($"{discovery.FailedSitemaps.Count} sitemap(s) failed: {discovery.FailedSitemaps[0]}"),
                NewArticles = queued, ConsecutiveFailures = 0,
            }, cancellationToken);
            WorkerLog.Polled(logger, name, discovery.Status, queued);
            Diagnostics.SummarizerMetrics.ArticlesDiscovered(name, queued);
            return queued;
        }
        catch (Exception ex) when (ex is SummarizerException || (ex is OperationCanceledException && overBudget.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            var error = ex is SummarizerException ? ex.Message : $"the poll took longer than its time budget of {budget} (Summarizer:Worker:SourceTimeBudget)";
            WorkerLog.SourceFailed(logger, name, error);
            await store.UpsertSourceAsync(state with
            {
                Url = source.Url.AbsoluteUri, LastPolledAt = time.GetUtcNow(), LastStatus = null, LastError = SafeText.Line(error), NewArticles = 0,
                ConsecutiveFailures = state.ConsecutiveFailures + 1,
            }, cancellationToken);
            return -1;
        }
    }

    /// <summary>
    /// Queues at most <see cref="SourceOptions.MaxArticlesPerRun"/> articles the store did not have (or that changed), in the
    /// order listed: known URLs do not count against the cap, so each poll goes on where the last one stopped.
    /// </summary>
    /// <returns>How many were queued, and whether the whole list was gone through.</returns>
    private async Task<(int Queued, bool Complete)> EnqueueNewAsync(SourceOptions source, IReadOnlyList<DiscoveredArticle> articles, CancellationToken cancellationToken)
    {
        var cap = source.MaxArticlesPerRun;
        var queued = 0;
        var next = 0;
        while (next < articles.Count && queued < cap)
        {
            // A batch no larger than the room left: even if every URL in it is new, the cap holds.
            var batch = articles.Skip(next).Take(cap - queued).ToList();
            queued += await queue.EnqueueAsync(source.DisplayName, batch, cancellationToken);
            next += batch.Count;
        }

        return (queued, next >= articles.Count);
    }
}
