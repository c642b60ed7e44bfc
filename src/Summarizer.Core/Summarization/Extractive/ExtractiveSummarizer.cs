using Microsoft.Extensions.Options;
using Summarizer.Extraction;

namespace Summarizer.Summarization.Extractive;

/// <summary>First version: the lead sentences as the summary, the first sentence of the next paragraphs as key points.</summary>
internal sealed class ExtractiveSummarizer(IOptions<ExtractiveSummarizerOptions> options) : IArticleSummarizer
{
    public string Name => SummarizerSelector.ExtractiveName;

    public Task<ArticleSummary> SummarizeAsync(ExtractedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = article.Paragraphs
            .SelectMany(p => p.Split(['.', '؟', '!', '?'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Split(' ').Length >= 4)
            .ToList();
        if (sentences.Count == 0)
        {
            throw new SummarizerException(FailureKind.NotAnArticle, "not enough text to summarize");
        }

        var summary = sentences.Take(options.Value.SummarySentences).ToList();
        var points = sentences.Skip(summary.Count).Take(options.Value.MaxKeyPoints).Select(s => s + ".").ToList();
        return Task.FromResult(new ArticleSummary
        {
            Summary = string.Join(". ", summary) + ".",
            KeyPoints = points,
            Summarizer = Name,
            PromptVersion = "extractive-0",
        });
    }
}
