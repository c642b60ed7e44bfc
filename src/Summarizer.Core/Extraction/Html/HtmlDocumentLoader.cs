using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Summarizer.Fetching;

namespace Summarizer.Extraction.Html;

/// <summary>Decodes the bytes and parses them, dropping script/style bodies first and cutting oversized pages so one page stays within its time budget.</summary>
internal static class HtmlDocumentLoader
{
    public static IDocument Load(FetchedPage page, int maxChars) => Parse(Decode(page), maxChars);

    /// <summary>The page's text, scripts included (metadata reads the JavaScript state that parsing drops).</summary>
    public static string Decode(FetchedPage page) => TextDecoding.Decode(page.Content.Span, page.Charset);

    public static IDocument Parse(string html, int maxChars)
    {
        // Scripts, styles and comments are often half the bytes and never article text: skipping them halves parsing.
        html = HtmlShrinker.Shrink(html, maxChars);

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });
        return parser.ParseDocument(html);
    }
}
