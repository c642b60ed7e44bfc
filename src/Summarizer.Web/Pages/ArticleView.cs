using Summarizer.Extraction;
using Summarizer.Storage;

namespace Summarizer.Web.Pages;

/// <summary>What the pages, feeds and API derive from a stored article the same way.</summary>
internal static class ArticleView
{
    /// <summary>The time shown and sorted on: published, else when the worker found it (the catalog orders by the same).</summary>
    public static DateTimeOffset ShownTime(ArticleRecord article) => article.PublishedAt ?? article.DiscoveredAt;

    public static string Language(ArticleRecord article) => article.Language ?? "und";

    /// <summary>Arabic-script languages right to left; Latin-script articles left to right inside the RTL page.</summary>
    public static string Direction(ArticleRecord article) => LanguageGuess.DirectionOf(Language(article));

    /// <summary>The original page, only when it is an http(s) URL: a stored <c>javascript:</c> or <c>file:</c> URL is never a link.</summary>
    public static Uri? OriginalLink(ArticleRecord article) =>
        Uri.TryCreate(article.CanonicalUrl ?? article.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;

    public static string Title(ArticleRecord article) => string.IsNullOrWhiteSpace(article.Title) ? "(بلا عنوان)" : article.Title;

    public static string ArticlePath(long id) => "/articles/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
