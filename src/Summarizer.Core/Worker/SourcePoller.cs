using Microsoft.Extensions.Logging;
using Summarizer.Sources;
using Summarizer.Storage;

namespace Summarizer.Worker;

/// <summary>Polls one source: discovery, enqueue, and the source's state (validators, last poll, failures) in the store.</summary>
public sealed class SourcePoller(SourceDiscoverer discoverer, IArticleStore store, TimeProvider time, ILogger<SourcePoller> logger)
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
        try
        {
            var discovery = await discoverer.DiscoverAsync(source, sameUrl ? state.ETag : null, sameUrl ? state.LastModified : null, cancellationToken);
            var queued = discovery.NotModified ? 0 : await store.EnqueueAsync(name, discovery.Articles, cancellationToken);
            await store.UpsertSourceAsync(state with
            {
                Url = source.Url.AbsoluteUri, ETag = discovery.ETag, LastModified = discovery.LastModified, LastPolledAt = time.GetUtcNow(),
                LastStatus = discovery.Status, LastError = null, NewArticles = queued, ConsecutiveFailures = 0,
            }, cancellationToken);
            WorkerLog.Polled(logger, name, discovery.Status, queued);
            Diagnostics.SummarizerMetrics.ArticlesDiscovered(name, queued);
            return queued;
        }
        catch (SummarizerException ex)
        {
            WorkerLog.SourceFailed(logger, name, ex.Message);
            await store.UpsertSourceAsync(state with
            {
                Url = source.Url.AbsoluteUri, LastPolledAt = time.GetUtcNow(), LastStatus = null, LastError = ex.Message, NewArticles = 0,
                ConsecutiveFailures = state.ConsecutiveFailures + 1,
            }, cancellationToken);
            return -1;
        }
    }
}
