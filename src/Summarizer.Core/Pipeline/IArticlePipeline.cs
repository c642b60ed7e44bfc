using Summarizer.Summarization;

namespace Summarizer.Pipeline;

/// <summary>Fetch, extract and summarize one article. Failures are <see cref="SummarizerException"/>s.</summary>
public interface IArticlePipeline
{
    Task<ExtractionResult> ExtractAsync(ArticleInput input, CancellationToken cancellationToken);

    Task<SummarizedArticle> SummarizeAsync(ArticleInput input, IArticleSummarizer summarizer, CancellationToken cancellationToken);
}
