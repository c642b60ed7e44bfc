using System.ComponentModel.DataAnnotations;
using Summarizer.Summarization;

namespace Summarizer.Worker;

public sealed class WorkerOptions
{
    public const string SectionName = "Summarizer:Worker";

    /// <summary>Names this worker's leases; defaults to machine name and process id.</summary>
    public string? WorkerId { get; set; }

    public SummarizerChoice Summarizer { get; set; } = SummarizerChoice.Auto;

    /// <summary>Articles processed at once (each host still gets one request at a time).</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 4;

    /// <summary>Attempts after which an article stays failed with its last error.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after the first failure; doubled after each further one, up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Time one article may take from fetch to stored summary, all stages and retries together: past it the article
    /// fails (and is retried later) so that a slow-dripping site or a stuck LLM cannot hold a worker slot for ever.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan ArticleTimeBudget { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Time one source poll may take, the feed or sitemap index and every child sitemap together: past it the poll fails
    /// (recorded on the source, tried again at its next schedule) so a trickling feed cannot hold <c>run --once</c> or a pass.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan SourceTimeBudget { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the service checks for due sources and retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>First wait when the store is unreachable (database stopped or restarting); doubled after each failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan StoreRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan StoreRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a pass waits for an unreachable store before it gives up (<c>run --once</c> then exits with an error;
    /// the service starts another pass after <see cref="PollInterval"/>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan StoreUnavailableTimeout { get; set; } = TimeSpan.FromMinutes(10);

    public string ResolvedWorkerId => string.IsNullOrWhiteSpace(WorkerId) ? $"{Environment.MachineName}-{Environment.ProcessId}" : WorkerId;

    /// <summary>When the next attempt may run after <paramref name="attempts"/> failed ones; null when the article is out of attempts.</summary>
    public TimeSpan? Backoff(int attempts)
    {
        if (attempts >= MaxAttempts)
        {
            return null;
        }

        return ExponentialBackoff.Delay(RetryBaseDelay, RetryMaxDelay, attempts);
    }
}
