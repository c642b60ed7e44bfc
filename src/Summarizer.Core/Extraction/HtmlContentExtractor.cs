using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using Summarizer.Fetching;

namespace Summarizer.Extraction;

/// <summary>First version: the densest container of paragraphs, minus known boilerplate.</summary>
internal sealed class HtmlContentExtractor(IOptions<ExtractionOptions> options)
{
    private static readonly string[] Junk = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "figure", "template"];
    private static readonly string[] AdWords = ["ad", "ads", "advert", "advertisement", "banner", "share", "social", "related", "newsletter", "cookie", "comments", "promo", "sponsored"];
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Advertisement", "إعلان", "اعلان", "مساحة إعلانية", "محتوى مدعوم",
    };

    public ExtractedArticle Extract(FetchedPage page)
    {
        var html = TextDecoding.Decode(page.Content.Span, page.Charset);
        var document = new HtmlParser().ParseDocument(html);
        var title = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")
                    ?? document.QuerySelector("h1")?.TextContent
                    ?? document.Title ?? "";
        foreach (var element in document.QuerySelectorAll(string.Join(',', Junk)).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("[class],[id]").Where(IsBoilerplate).ToList())
        {
            element.Remove();
        }

        var container = document.QuerySelector("[itemprop='articleBody']") ?? document.QuerySelector("article") ?? BestContainer(document);
        var paragraphs = container?.QuerySelectorAll("p, h2, h3, li, blockquote")
            .Select(e => Normalize(e.TextContent))
            .Where(t => t.Length > 0 && !Placeholders.Contains(t))
            .ToList() ?? [];
        if (paragraphs.Sum(p => p.Count(char.IsLetter)) < options.Value.MinArticleLetters)
        {
            throw new SummarizerException(FailureKind.NotAnArticle, "no article text was found on the page");
        }

        var language = document.DocumentElement.GetAttribute("lang") is { Length: > 0 } lang ? lang : LanguageGuess.FromText(string.Concat(paragraphs));
        return new ExtractedArticle
        {
            Title = Normalize(title),
            Paragraphs = paragraphs,
            Language = language,
            Direction = LanguageGuess.DirectionOf(language),
            Url = page.Url,
        };
    }

    private static bool IsBoilerplate(IElement element)
    {
        var words = $"{element.ClassName} {element.Id}".ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return element.LocalName is not ("body" or "html" or "article") && words.Any(w => AdWords.Contains(w));
    }

    private static IElement? BestContainer(IDocument document) =>
        document.QuerySelectorAll("p").Select(p => p.ParentElement).OfType<IElement>().Distinct()
            .OrderByDescending(e => e.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Length))
            .FirstOrDefault();

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
