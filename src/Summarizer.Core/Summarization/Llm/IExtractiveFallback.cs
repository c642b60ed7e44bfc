using Summarizer.Extraction;

namespace Summarizer.Summarization.Llm;

/// <summary>The extractive summary of an article whose LLM answer failed validation, carrying the reasons and the rejected answer.</summary>
internal interface IExtractiveFallback
{
    Task<ArticleSummary> SummarizeAsync(
        ExtractedArticle article, IReadOnlyList<string> issues, TokenUsage usage, string? rejectedAnswer, CancellationToken cancellationToken);
}
