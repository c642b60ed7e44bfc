using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Summarizer.Fetching;

namespace Summarizer.Extraction.Html;

/// <summary>Decodes the bytes and parses them, shrinking oversized pages first so one page stays within its time budget.</summary>
internal static class HtmlDocumentLoader
{
    public static IDocument Load(FetchedPage page, int maxChars)
    {
        var html = TextDecoding.Decode(page.Content.Span, page.Charset);
        if (html.Length > maxChars)
        {
            html = HtmlShrinker.Shrink(html, maxChars);
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });
        return parser.ParseDocument(html);
    }
}
