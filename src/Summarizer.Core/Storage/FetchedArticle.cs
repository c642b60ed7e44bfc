using Summarizer.Extraction;
using Summarizer.Sources;

namespace Summarizer.Storage;

/// <summary>What a fetch and extraction learned about a queued article.</summary>
public sealed record FetchedArticle(
    string? CanonicalUrl, string? Title, string? Byline, DateTimeOffset? PublishedAt, string? Language, string Text, string TextHash)
{
    /// <summary>The row for an extracted article: its text hash, and its canonical URL normalized like every queued URL.</summary>
    public static FetchedArticle From(ExtractedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        return new FetchedArticle(
            article.CanonicalUrl is { } canonical ? UrlNormalizer.Normalize(canonical).AbsoluteUri : null,
            article.Title, article.Byline, article.PublishedAt, article.Language, text, ContentHash.Compute(text));
    }
}
