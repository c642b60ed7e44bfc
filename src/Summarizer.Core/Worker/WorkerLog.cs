using Microsoft.Extensions.Logging;

namespace Summarizer.Worker;

internal static partial class WorkerLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Source {Source}: {Status}, {New} new articles")]
    public static partial void Polled(ILogger logger, string source, int status, int @new);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {Source} failed: {Error}")]
    public static partial void SourceFailed(ILogger logger, string source, string error);

    // Per article at Debug: the worker speaks one line per pass at Information (PassReporting).
    [LoggerMessage(Level = LogLevel.Debug, Message = "Article {Id} {Url}: {Outcome} (fetch {FetchMs} ms, extract {ExtractMs} ms, summarize {SummarizeMs} ms)")]
    public static partial void Processed(ILogger logger, long id, string url, ArticleOutcome outcome, double fetchMs, double extractMs, double summarizeMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Article {Id} {Url}: {Outcome}")]
    public static partial void Failed(ILogger logger, long id, string url, ArticleOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {Id} {Url} failed (attempt {Attempt}): {Error}")]
    public static partial void ArticleFailed(ILogger logger, long id, string url, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the outcome of article {Id}; its lease will expire and another pass retries it")]
    public static partial void StoreFailed(ILogger logger, long id, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Worker pass failed; retrying after the poll interval")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker started: {Setup}")]
    public static partial void Started(ILogger logger, string setup);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pass: {Report}")]
    public static partial void PassDone(ILogger logger, string report);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pass: nothing due")]
    public static partial void PassIdle(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker stopped after {Passes} passes: {Summarized} summarized, {Failed} failed; {Usage}")]
    public static partial void Stopped(ILogger logger, int passes, int summarized, int failed, string usage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store unavailable during {Operation} (attempt {Attempt}), retrying in {Delay}: {Error}")]
    public static partial void StoreUnavailable(ILogger logger, string operation, int attempt, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store available again for {Operation} after {Downtime}")]
    public static partial void StoreBack(ILogger logger, string operation, TimeSpan downtime);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {Id} {Url}: the store is unavailable ({Error}); released, its lease expires if the release failed too")]
    public static partial void ArticleStoreUnavailable(ILogger logger, long id, string url, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the outcome of article {Id}, the store is unavailable ({Error}); its lease will expire and it comes back")]
    public static partial void StoreAway(ILogger logger, long id, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {Id}: its lease was lost to another worker (this worker stalled past the lease); stopped without writing")]
    public static partial void LeaseLost(ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {Id}: could not renew its lease ({Error}); trying again at the next beat")]
    public static partial void LeaseRenewalFailed(ILogger logger, long id, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for {Count} articles leased by another worker: a worker that died gives them back when its lease ends (at most {Lease} after its last heartbeat)")]
    public static partial void WaitingForLeases(ILogger logger, int count, TimeSpan lease);
}
