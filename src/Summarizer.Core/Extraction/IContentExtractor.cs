using Summarizer.Fetching;

namespace Summarizer.Extraction;

/// <summary>
/// Turns a fetched page into article text and metadata.
/// Throws <see cref="SummarizerException"/> with <see cref="FailureKind.NotAnArticle"/> when there is no article.
/// </summary>
public interface IContentExtractor
{
    ExtractedArticle Extract(FetchedPage page);
}
