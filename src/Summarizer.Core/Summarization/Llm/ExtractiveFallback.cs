using Summarizer.Extraction;
using Summarizer.Summarization.Extractive;

namespace Summarizer.Summarization.Llm;

/// <summary>The extractive summary, used when an LLM answer still fails its checks after the repair.</summary>
internal sealed class ExtractiveFallback(ExtractiveSummarizer extractive) : IExtractiveFallback
{
    public async Task<ArticleSummary> SummarizeAsync(
        ExtractedArticle article, IReadOnlyList<string> issues, TokenUsage usage, string? rejectedAnswer, CancellationToken cancellationToken)
    {
        var summary = await extractive.SummarizeAsync(article, cancellationToken);
        return summary with
        {
            ValidationIssues = ["the LLM answer failed validation after one repair; the extractive summary is used", .. issues],
            Usage = usage,
            RejectedAnswer = rejectedAnswer,
        };
    }
}
