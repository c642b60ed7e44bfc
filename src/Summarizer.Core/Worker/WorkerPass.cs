using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Summarization;

namespace Summarizer.Worker;

/// <summary>
/// One pass: poll sources (all enabled ones, or those whose schedule is due), then claim and process every due
/// article until none is left. While the store is unreachable it waits and retries with backoff (<see cref="StoreRetry"/>). Used by <c>summarizer run --once</c>, the hosted service and the benchmark.
/// </summary>
public sealed class WorkerPass(
    SourcePoller poller,
    ArticleProcessor processor,
    IArticleQueue store,
    ISourceStateStore sourceStates,
    ISummarizerSelector selector,
    StoreRetry retry,
    IOptions<SourcesOptions> sources,
    IOptions<WorkerOptions> options,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<WorkerPass> logger)
{
    /// <summary>Raised after each article, for progress display.</summary>
    public event EventHandler<ArticleOutcome>? ArticleProcessed;

    /// <summary>When the last pass ran to its end (null before the first): the reading room's health check reads it.</summary>
    public DateTimeOffset? LastFinishedAt { get; private set; }

    public async Task<PassReport> RunAsync(bool allSources, bool waitForLeased, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var summarizer = UsageMeter.Wrap(selector.Select(options.Value.Summarizer));
        var (polled, failedSources, queued) = await PollSourcesAsync(allSources, cancellationToken);
        var outcomes = new ConcurrentDictionary<ArticleOutcome, int>();
        var concurrency = options.Value.Concurrency;
        var waitedSince = (DateTimeOffset?)null;
        while (!cancellationToken.IsCancellationRequested)
        {
            // No more than can start at once: an article's lease is renewed from when its work starts (LeaseHeartbeat),
            // so one left waiting in a batch could expire and be taken twice.
            var batch = await retry.RunAsync("claiming articles",
                ct => store.ClaimAsync(options.Value.ResolvedWorkerId, concurrency, storage.Value.LeaseDuration, ct), cancellationToken);
            if (batch.Count == 0)
            {
                // Articles another worker holds: a worker that died gives them back when its lease expires.
                var leased = waitForLeased ? await retry.RunAsync("counting leased articles", store.CountLeasedAsync, cancellationToken) : 0;
                if (leased > 0 && time.GetUtcNow() - (waitedSince ??= Waiting(leased)) < storage.Value.LeaseDuration * 2)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
                    continue;
                }

                break;
            }

            waitedSince = null;
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (article, _) =>
            {
                var outcome = await processor.ProcessAsync(article, summarizer, cancellationToken);
                outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                ArticleProcessed?.Invoke(this, outcome);
            });
        }

        var report = new PassReport(polled, failedSources, queued, outcomes.ToDictionary())
        {
            Duration = time.GetElapsedTime(started),
            Usage = summarizer.Total,
        };
        LastFinishedAt = time.GetUtcNow();
        return report;
    }

    /// <summary>Says once, when a wait for other workers' leases begins, what the pass is waiting for.</summary>
    private DateTimeOffset Waiting(int leased)
    {
        WorkerLog.WaitingForLeases(logger, leased, storage.Value.LeaseDuration);
        return time.GetUtcNow();
    }

    /// <summary>
    /// Polls each due source. A store outage is waited out per source (<see cref="StoreRetry"/>), so sources already polled
    /// are not fetched again and the counts stay whole.
    /// </summary>
    private async Task<(int Polled, int Failed, int Queued)> PollSourcesAsync(bool allSources, CancellationToken cancellationToken)
    {
        var due = new List<(SourceOptions Source, SourceState? State)>();
        foreach (var source in sources.Value.Enabled)
        {
            var state = await retry.RunAsync($"reading source {source.DisplayName}", ct => sourceStates.GetSourceAsync(source.DisplayName, ct), cancellationToken);
            if (allSources || SourcePoller.IsDue(source, state, time.GetUtcNow()))
            {
                due.Add((source, state));
            }
        }

        var polled = 0;
        var failed = 0;
        var queued = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken },
            async (item, ct) =>
            {
                var added = await retry.RunAsync($"polling {item.Source.DisplayName}", c => poller.PollAsync(item.Source, item.State, c), ct);
                Interlocked.Increment(ref polled);
                if (added < 0)
                {
                    Interlocked.Increment(ref failed);
                }
                else
                {
                    Interlocked.Add(ref queued, added);
                }
            });
        return (polled, failed, queued);
    }
}
