using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Diagnostics;
using Summarizer.Fetching.Politeness;
using Summarizer.Pipeline;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Summarization;
using Summarizer.Text;

namespace Summarizer.Worker;

/// <summary>
/// One claimed article through the <see cref="ArticleWorkflow"/> (built with the polite fetcher), and what is the
/// worker's own: every failure recorded on the article with a retry time, shutdown giving the claim back, and an
/// article over its <see cref="WorkerOptions.ArticleTimeBudget"/> stopped wherever it is.
/// </summary>
public sealed class ArticleProcessor(
    ArticleWorkflow workflow,
    IArticleQueue store,
    IOptions<WorkerOptions> options,
    IOptions<SourcesOptions> sources,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<ArticleProcessor> logger)
{
    public async Task<ArticleOutcome> ProcessAsync(ArticleRecord article, IArticleSummarizer summarizer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(summarizer);
        ArticleOutcome outcome;
        var budget = options.Value.ArticleTimeBudget;
        using var overBudget = new CancellationTokenSource(budget, time);
        await using var heartbeat = new LeaseHeartbeat(store, article.Id, options.Value.ResolvedWorkerId, storage.Value.LeaseDuration, time, logger);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, overBudget.Token, heartbeat.Lost);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcome = await RunAsync(article, summarizer, linked.Token);
        }
#pragma warning disable CA1031 // Whatever the stage made of the cancellation, the cause is the lost lease: the article is another worker's now.
        catch (Exception) when (heartbeat.IsLost && !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return ArticleOutcome.Released;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await TryRecordAsync(article.Id, () => store.ReleaseAsync(article.Id, CancellationToken.None));
            return ArticleOutcome.Released;
        }
        catch (Exception ex) when (ex is not SummarizerException && StoreFaults.IsUnavailable(ex))
        {
            // The store is away, not the article at fault: no attempt is counted. The pass waits for the store; if this
            // release fails too, the lease expires and the article comes back.
            WorkerLog.ArticleStoreUnavailable(logger, article.Id, article.Url, ex.Message);
            await TryRecordAsync(article.Id, () => store.ReleaseAsync(article.Id, CancellationToken.None));
            return ArticleOutcome.Released;
        }
#pragma warning disable CA1031 // Whatever the stage made of the cancellation, the cause is the budget.
        catch (Exception) when (overBudget.IsCancellationRequested)
#pragma warning restore CA1031
        {
            outcome = await FailAsync(article, $"the article took longer than its time budget of {budget} (Summarizer:Worker:ArticleTimeBudget)", retry: true);
        }
        catch (SummarizerException ex)
        {
            outcome = await FailAsync(article, ex.Message, Retryable(ex));
        }
#pragma warning disable CA1031 // A store or summarizer bug fails this article, never the loop.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            outcome = await FailAsync(article, $"{ex.GetType().Name}: {ex.Message}", retry: true);
        }

        Count(article.Source, outcome);
        return outcome;
    }

    private async Task<ArticleOutcome> RunAsync(ArticleRecord article, IArticleSummarizer summarizer, CancellationToken cancellationToken)
    {
        var job = new ArticleJob(ArticleInput.FromUrl(new Uri(article.Url)) with { Id = article.Url, Source = article.Url })
        {
            ArticleId = article.Id,
            Source = article.Source,
            DefaultLanguage = sources.Value.Sources.FirstOrDefault(s => s.DisplayName == article.Source)?.Language,
            SkipDuplicates = true,
        };
        var result = await workflow.RunAsync(job, summarizer, cancellationToken);
        var outcome = result.Outcome switch
        {
            WorkflowOutcome.Duplicate => ArticleOutcome.Skipped,
            WorkflowOutcome.Reused => ArticleOutcome.Reused,
            _ => ArticleOutcome.Summarized,
        };
        var t = result.Timings;
        SummarizerMetrics.FetchTook(article.Source, TimeSpan.FromMilliseconds(t.Fetch));
        SummarizerMetrics.ExtractTook(article.Source, TimeSpan.FromMilliseconds(t.Extract));
        SummarizerMetrics.ArticleFetched(article.Source);
        // Made now, whether stored or attached to an equal summary saved first: its time and LLM calls were spent, and an
        // extractive stand-in still owes the article its LLM summary.
        if (result.SummarizedNow && result.Summary is { } summary)
        {
            SummarizerMetrics.SummarizeTook(article.Source, TimeSpan.FromMilliseconds(t.Summarize), summary);
            if (summary.RetryLlmAfter is { } retryAt && article.Attempts + 1 < options.Value.MaxAttempts)
            {
                // The LLM could not be asked (outage, open circuit, spent budget): readers have the extractive box now, and
                // the article comes back at retryAt for its LLM summary. It keeps the box while it waits.
                await store.MarkFailedAsync(article.Id, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"extractive summary for now; LLM summary queued for {retryAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: {summary.ValidationIssues.FirstOrDefault()}"),
                    retryAt, cancellationToken);
            }
        }

        WorkerLog.Processed(logger, article.Id, article.Url, outcome, t.Fetch, t.Extract, t.Summarize);
        return outcome;
    }

    private static void Count(string source, ArticleOutcome outcome)
    {
        switch (outcome)
        {
            case ArticleOutcome.Summarized or ArticleOutcome.Reused:
                SummarizerMetrics.ArticleSummarized(source);
                break;
            case ArticleOutcome.Skipped:
                SummarizerMetrics.ArticleSkipped(source);
                break;
            case ArticleOutcome.Retrying or ArticleOutcome.Failed:
                SummarizerMetrics.ArticleFailed(source);
                break;
        }
    }

    /// <summary>Bad input, no article and robots.txt refusals do not change by waiting; network, HTTP and LLM failures may.</summary>
    private static bool Retryable(SummarizerException ex) =>
        ex is not RobotsDisallowedException && ex.Kind is FailureKind.CouldNotFetch or FailureKind.SummarizationFailed;

    private async Task<ArticleOutcome> FailAsync(ArticleRecord article, string error, bool retry)
    {
        error = SafeText.Line(error); // one row in `list`, whatever the exception said
        var attempts = article.Attempts + 1;
        var delay = retry ? options.Value.Backoff(attempts) : null;
        WorkerLog.ArticleFailed(logger, article.Id, article.Url, attempts, error);
        var next = delay is { } d ? time.GetUtcNow() + d : (DateTimeOffset?)null;
        await TryRecordAsync(article.Id, () => store.MarkFailedAsync(article.Id, error, next, CancellationToken.None));
        var outcome = next is null ? ArticleOutcome.Failed : ArticleOutcome.Retrying;
        WorkerLog.Failed(logger, article.Id, article.Url, outcome);
        return outcome;
    }

    private async Task TryRecordAsync(long id, Func<Task> record)
    {
        try
        {
            await record();
        }
#pragma warning disable CA1031 // The database may be away; the lease expires and the article comes back.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (StoreFaults.IsUnavailable(ex))
            {
                WorkerLog.StoreAway(logger, id, ex.Message); // expected during an outage: one line, no stack trace
            }
            else
            {
                WorkerLog.StoreFailed(logger, id, ex);
            }
        }
    }
}
