using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Extraction;
using Summarizer.Summarization.Llm;

namespace Summarizer.Summarization;

/// <summary>
/// <c>--summarizer auto</c> with an LLM configured: the LLM's summary, or, when the LLM fails (unreachable, refused,
/// failed after its retries, paused, over budget, unusable answer), the extractive summary with one warning line and
/// the cause in its validation issues. An outage degrades the output; it never stops the work. When the LLM could not
/// be asked at all, <see cref="ArticleSummary.RetryLlmAfter"/> tells the worker when to try it again.
/// </summary>
internal sealed class FallbackSummarizer(
    IArticleSummarizer llm,
    IArticleSummarizer extractive,
    IOptions<LlmOptions> options,
    TimeProvider time,
    ILogger<FallbackSummarizer> logger) : IArticleSummarizer, IVersionedSummarizer
{
    public string Name => llm.Name;

    public string? Model => (llm as IVersionedSummarizer)?.Model;

    public string PromptVersion => (llm as IVersionedSummarizer)?.PromptVersion ?? "";

    public async Task<ArticleSummary> SummarizeAsync(ExtractedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        try
        {
            return await llm.SummarizeAsync(article, cancellationToken);
        }
        catch (SummarizerException ex) when (ex.Kind == FailureKind.SummarizationFailed && !cancellationToken.IsCancellationRequested)
        {
            var name = (article.CanonicalUrl ?? article.Url)?.AbsoluteUri ?? article.Title;
            if (ex.LlmUnavailable is { Reported: true })
            {
                SummarizationLog.LlmSkipped(logger, name, ex.Message);
            }
            else
            {
                SummarizationLog.LlmFellBack(logger, name, ex.Message);
            }

            var summary = await extractive.SummarizeAsync(article, cancellationToken);
            return summary with
            {
                ValidationIssues = [$"the LLM failed ({ex.Message}); the extractive summary is used", .. summary.ValidationIssues],
                RetryLlmAfter = ex.LlmUnavailable is { } unavailable ? RetryAt(unavailable) : null,
            };
        }
    }

    private DateTimeOffset? RetryAt(LlmUnavailable ex) =>
        ex.NotBefore ?? (options.Value.RetryLlmAfterFailure > TimeSpan.Zero ? time.GetUtcNow() + options.Value.RetryLlmAfterFailure : null);
}
