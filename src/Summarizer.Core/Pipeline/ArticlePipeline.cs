using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Summarizer.Extraction;
using Summarizer.Fetching;
using Summarizer.Summarization;

namespace Summarizer.Pipeline;

internal sealed class ArticlePipeline(
    IPageFetcher fetcher,
    IContentExtractor extractor,
    TimeProvider time,
    ILogger<ArticlePipeline> logger) : IArticlePipeline
{
    public async Task<ExtractionResult> ExtractAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var start = time.GetTimestamp();
        var page = input.Page ?? await fetcher.FetchAsync(input.Url!, cancellationToken);
        var fetched = time.GetTimestamp();
        var article = extractor.Extract(page);
        var extracted = time.GetTimestamp();
        PipelineLog.Extracted(logger, input.Id, article.Paragraphs.Count, article.Language);
        return new ExtractionResult(input, article,
            new StageTimings(Ms(start, fetched), Ms(fetched, extracted), 0));
    }

    public async Task<SummarizedArticle> SummarizeAsync(ArticleInput input, IArticleSummarizer summarizer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summarizer);
        var extraction = await ExtractAsync(input, cancellationToken);
        var start = time.GetTimestamp();
        var summary = await summarizer.SummarizeAsync(extraction.Article, cancellationToken);
        var elapsed = Ms(start, time.GetTimestamp());
        PipelineLog.Summarized(logger, input.Id, summary.Summarizer, summary.Model, elapsed);
        return new SummarizedArticle(input, extraction.Article, summary, extraction.Timings with { Summarize = elapsed });
    }

    private double Ms(long from, long to) => Math.Round(time.GetElapsedTime(from, to).TotalMilliseconds, 1);
}
