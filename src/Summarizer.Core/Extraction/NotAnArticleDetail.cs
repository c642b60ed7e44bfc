namespace Summarizer.Extraction;

/// <summary>The page of a <see cref="FailureKind.NotAnArticle"/> failure (<see cref="SummarizerException.Detail"/>).</summary>
public static class NotAnArticleDetail
{
    extension(SummarizerException exception)
    {
        /// <summary>
        /// For a page judged "not an article": what it still told us (title, dates, URL, the rest of its metadata) with no
        /// paragraphs. A listing or a stub is not summarized, but callers can still show or store what it is.
        /// </summary>
        public ExtractedArticle? Page => exception.Detail as ExtractedArticle;
    }
}
