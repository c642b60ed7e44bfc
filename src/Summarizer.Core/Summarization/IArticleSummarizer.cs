using Summarizer.Extraction;

namespace Summarizer.Summarization;

/// <summary>
/// Writes a summary of one article. Throws <see cref="SummarizerException"/> with
/// <see cref="FailureKind.SummarizationFailed"/> or <see cref="FailureKind.NotAnArticle"/> (too little text).
/// </summary>
public interface IArticleSummarizer
{
    /// <summary>The value stored in <see cref="ArticleSummary.Summarizer"/>.</summary>
    string Name { get; }

    Task<ArticleSummary> SummarizeAsync(ExtractedArticle article, CancellationToken cancellationToken);
}
