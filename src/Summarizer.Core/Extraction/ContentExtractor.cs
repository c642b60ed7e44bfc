using Summarizer.Extraction.PlainText;
using Summarizer.Fetching;

namespace Summarizer.Extraction;

/// <summary>Routes a page to the extractor for its content type; anything but HTML or plain text is not an article.</summary>
internal sealed class ContentExtractor(HtmlContentExtractor html, PlainTextExtractor plainText) : IContentExtractor
{
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml", "application/xml", "text/xml"];

    public ExtractedArticle Extract(FetchedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Content.IsEmpty)
        {
            throw new SummarizerException(FailureKind.NotAnArticle, "the page is empty");
        }

        if (page.IsPlainText)
        {
            return plainText.Extract(page);
        }

        if (page.ContentType is null || HtmlTypes.Contains(page.ContentType, StringComparer.OrdinalIgnoreCase))
        {
            return html.Extract(page);
        }

        throw new SummarizerException(FailureKind.NotAnArticle, $"the content type is {page.ContentType}, not an HTML page");
    }
}
