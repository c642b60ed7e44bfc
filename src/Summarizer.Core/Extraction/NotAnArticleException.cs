namespace Summarizer.Extraction;

/// <summary>
/// "Not an article", with what the page still told us: its title, dates, URL and the rest of its metadata (the
/// <see cref="Page"/> has no paragraphs). A listing, a gallery or a paywalled stub is not summarized, but callers can
/// still show or store what it is.
/// </summary>
public sealed class NotAnArticleException(string message, ExtractedArticle page, Exception? innerException = null)
    : SummarizerException(FailureKind.NotAnArticle, message, innerException)
{
    /// <summary>The page's metadata; <see cref="ExtractedArticle.Paragraphs"/> is empty.</summary>
    public ExtractedArticle Page { get; } = page;
}
