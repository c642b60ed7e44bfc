using Summarizer.Extraction.PlainText;
using Summarizer.Fetching;
using Summarizer.Text;

namespace Summarizer.Extraction;

/// <summary>
/// Routes a page to the extractor for its content type; anything but HTML or plain text is not an article, and so is
/// a body that starts like a PDF, an image, audio or video whatever its declared type.
/// </summary>
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

        var isHtml = page.ContentType is null || HtmlTypes.Contains(page.ContentType, StringComparer.OrdinalIgnoreCase);
        if (!isHtml && !page.IsPlainText)
        {
            throw new SummarizerException(FailureKind.NotAnArticle, $"the content type is {page.ContentType}, not an HTML page");
        }

        if (ContentSniffer.BinaryKind(page.Content.Span) is { } kind)
        {
            // A local file or stdin has no declared type: only a web page was "served as" something.
            throw new SummarizerException(FailureKind.NotAnArticle, page.Url is { Scheme: "http" or "https" }
                ? $"the content is {kind} although it was served as {page.ContentType ?? "an unknown type"}: not an HTML page"
                : $"the {(page.Url is null ? "input" : "file")} is {kind}, not an HTML page or text");
        }

        return Safe(page.IsPlainText ? plainText.Extract(page) : html.Extract(page));
    }

    /// <summary>
    /// Every string a page gave, made safe where it enters (<see cref="SafeText"/>): no terminal escapes, no bidi overrides,
    /// and one-line fields on one line, for every output format, log and stored row downstream.
    /// </summary>
    private static ExtractedArticle Safe(ExtractedArticle article) => article with
    {
        Title = SafeText.Line(article.Title),
        Paragraphs = article.Paragraphs.Select(p => SafeText.Clean(p)).Where(p => p.Length > 0).ToList(),
        Byline = SafeText.Line(article.Byline),
        Authors = article.Authors.Select(a => SafeText.Line(a)).Where(a => a.Length > 0).ToList(),
        SiteName = SafeText.Line(article.SiteName),
        Description = SafeText.Line(article.Description),
    };
}
