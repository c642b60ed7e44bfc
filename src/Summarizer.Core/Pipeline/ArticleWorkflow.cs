using Microsoft.Extensions.Logging;
using Summarizer.Extraction;
using Summarizer.Fetching;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Summarization;

namespace Summarizer.Pipeline;

/// <summary>
/// What happens to one article, for <c>summarize</c> and the worker alike: fetch (with the fetcher it was built with:
/// plain for the command line, polite for the worker), extract, content hash and duplicate check, reuse of a stored
/// summary with the same key, summarize, store; each stage timed. The worker adds only claiming, leases and retries.
/// </summary>
public sealed class ArticleWorkflow(
    IPageFetcher fetcher,
    IContentExtractor extractor,
    IArticleQueue? queue,
    ISummaryStore? summaries,
    SummaryContract contract,
    TimeProvider time,
    ILogger<ArticleWorkflow> logger)
{
    /// <summary>Fetch and extract only (<c>summarizer extract</c>). Failures are <see cref="SummarizerException"/>s.</summary>
    public async Task<ExtractionResult> ExtractAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var start = time.GetTimestamp();
        var page = input.Page ?? await fetcher.FetchAsync(input.Url!, cancellationToken);
        var fetchedAt = time.GetTimestamp();
        var article = extractor.Extract(page);
        var extractedAt = time.GetTimestamp();
        PipelineLog.Extracted(logger, input.Id, article.Paragraphs.Count, article.Language);
        return new ExtractionResult(input, article, new StageTimings(Ms(start, fetchedAt), Ms(fetchedAt, extractedAt), 0));
    }

    /// <summary>The whole workflow for one article. Failures are <see cref="SummarizerException"/>s (and store exceptions, unless
    /// <see cref="ArticleJob.StoreIsBestEffort"/>).</summary>
    public async Task<WorkflowResult> RunAsync(ArticleJob job, IArticleSummarizer summarizer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(summarizer);
        var input = job.Input;
        var run = new Run(queue is not null && summaries is not null ? new Stores(queue, summaries) : null, job);

        var extraction = await ExtractAsync(input, cancellationToken);
        var article = WithLanguage(extraction.Article, job.DefaultLanguage);
        var timings = extraction.Timings;

        var fetched = FetchedArticle.From(article);
        if (job.ArticleId is { } queued)
        {
            // The worker's claimed row: what was fetched is kept even if summarizing fails, and duplicates are found by it
            // (recorded and checked in one step, so that two copies in work at once cannot both miss each other).
            if (!job.SkipDuplicates)
            {
                await run.StoreAsync(s => s.Queue.RecordFetchedAsync(queued, fetched, cancellationToken));
            }
            else if (await run.ReadAsync(s => s.Queue.RecordFetchedUnlessDuplicateAsync(queued, fetched, cancellationToken)) is { } duplicate)
            {
                return new WorkflowResult(input, article, null, WorkflowOutcome.Duplicate, timings, queued, duplicate);
            }
        }

        var summarizeStart = time.GetTimestamp();
        var versioned = summarizer as IVersionedSummarizer;
        var key = new SummaryKey(fetched.TextHash, summarizer.Name, versioned?.Model, versioned?.PromptVersion);
        if (await run.ReadAsync(s => s.Summaries.FindSummaryAsync(key, cancellationToken)) is { } existing)
        {
            var reusedId = await run.RowAsync(fetched, cancellationToken);
            if (reusedId is { } id)
            {
                await run.StoreAsync(s => s.Summaries.AttachSummaryAsync(id, existing.Id, cancellationToken));
            }

            PipelineLog.Reused(logger, input.Id, existing.Id);
            return new WorkflowResult(input, article, existing.Summary, WorkflowOutcome.Reused,
                timings with { Summarize = Ms(summarizeStart, time.GetTimestamp()) }, run.StoredId(reusedId), StoreWarning: run.Warning)
            {
                ContractIssues = Checked(input, existing.Summary, article),
            };
        }

        var summary = await summarizer.SummarizeAsync(article, cancellationToken);
        var elapsed = Ms(summarizeStart, time.GetTimestamp());
        PipelineLog.Summarized(logger, input.Id, summary.Summarizer, summary.Model, elapsed);

        var articleId = await run.RowAsync(fetched, cancellationToken);
        var outcome = WorkflowOutcome.Summarized;
        if (articleId is { } row
            && await run.ReadAsync(s => s.Summaries.SaveSummaryAsync(row, fetched.TextHash, summary, cancellationToken)) is { Created: false } kept)
        {
            // Another worker stored a summary with the same key first (its lease had run out under this one): that one stays.
            PipelineLog.Reused(logger, input.Id, kept.Id);
            outcome = WorkflowOutcome.Reused;
        }

        return new WorkflowResult(input, article, summary, outcome, timings with { Summarize = elapsed },
            run.StoredId(articleId), StoreWarning: run.Warning)
        {
            ContractIssues = Checked(input, summary, article),
            SummarizedNow = true,
        };
    }

    /// <summary>Every summary, whatever made it, against the one contract: a broken one is a summarizer's bug, logged loudly.</summary>
    private IReadOnlyList<string> Checked(ArticleInput input, ArticleSummary summary, ExtractedArticle article)
    {
        var issues = contract.Check(summary, article);
        if (issues.Count > 0)
        {
            PipelineLog.ContractBroken(logger, input.Id, summary.Summarizer, string.Join("; ", issues));
        }

        return issues;
    }

    /// <summary>The URL a <c>summarize</c> result is kept under: the normalized web URL, or the file's; stdin is not kept.</summary>
    public static Uri? StoreUrl(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Url is { Scheme: "http" or "https" } web ? UrlNormalizer.Normalize(web) : input.Url is { IsFile: true } file ? file : null;
    }

    /// <summary>A page that does not say its language takes the one its source declares.</summary>
    private static ExtractedArticle WithLanguage(ExtractedArticle article, string? language) =>
        article.Language == "und" && language is { Length: > 0 }
            ? article with { Language = language, Direction = LanguageGuess.DirectionOf(language) }
            : article;

    private double Ms(long from, long to) => Math.Round(time.GetElapsedTime(from, to).TotalMilliseconds, 1);

    /// <summary>One article's use of the store: none, a failing one turned into a warning, or a throwing one.</summary>
    private sealed record Stores(IArticleQueue Queue, ISummaryStore Summaries);

    private sealed class Run(Stores? stores, ArticleJob job)
    {
        private Stores? _store = stores;
        private long? _row = job.ArticleId;
        private bool _recorded = job.ArticleId is not null;

        public string? Warning { get; private set; }

        public long? StoredId(long? id) => Warning is null ? id : null;

        public async Task StoreAsync(Func<Stores, Task> write)
        {
            if (_store is { } store)
            {
                await GuardAsync(async () => { await write(store); return true; });
            }
        }

        public async Task<T?> ReadAsync<T>(Func<Stores, Task<T>> read)
        {
            if (_store is not { } store)
            {
                return default;
            }

            var (ok, value) = await GuardAsync(() => read(store));
            return ok ? value : default;
        }

        /// <summary>The row to keep the summary on: the claimed one, or (for <c>summarize</c>) the one for the input's URL, with what was fetched.</summary>
        public async Task<long?> RowAsync(FetchedArticle fetched, CancellationToken cancellationToken)
        {
            if (_store is not { } store || _recorded)
            {
                return _store is null ? null : _row;
            }

            _recorded = true;
            if (StoreUrl(job.Input) is not { } url)
            {
                return null;
            }

            var (ok, id) = await GuardAsync(async () =>
            {
                var id = await store.Queue.EnsureArticleAsync(job.Source, url.AbsoluteUri, cancellationToken);
                await store.Queue.RecordFetchedAsync(id, fetched, cancellationToken);
                return id;
            });
            _row = ok ? id : null;
            return _row;
        }

        private async Task<(bool Ok, T? Value)> GuardAsync<T>(Func<Task<T>> action)
        {
            if (!job.StoreIsBestEffort)
            {
                return (true, await action());
            }

            try
            {
                return (true, await action());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The summary still gets made and printed; the caller reports why it was not kept.
                Warning ??= ex.Message;
                _store = null;
                return (false, default);
            }
        }
    }
}
