using Microsoft.Extensions.DependencyInjection;
using Summarizer.Extraction;

namespace Summarizer.Summarization.Llm;

/// <summary>Resolves the extractive summarizer lazily (it and the LLM summarizer are both <see cref="IArticleSummarizer"/>s).</summary>
internal sealed class ExtractiveFallback(IServiceProvider services) : IExtractiveFallback
{
    public async Task<ArticleSummary> SummarizeAsync(
        ExtractedArticle article, IReadOnlyList<string> issues, TokenUsage usage, CancellationToken cancellationToken)
    {
        var extractive = services.GetServices<IArticleSummarizer>().FirstOrDefault(s => s.Name == SummarizerSelector.ExtractiveName)
            ?? throw new InvalidOperationException("The extractive summarizer is not registered.");
        var summary = await extractive.SummarizeAsync(article, cancellationToken);
        return summary with
        {
            ValidationIssues = ["the LLM answer failed validation after one repair; the extractive summary is used", .. issues],
            Usage = usage,
        };
    }
}
