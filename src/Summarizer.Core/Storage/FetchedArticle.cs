namespace Summarizer.Storage;

/// <summary>What a fetch and extraction learned about a queued article.</summary>
public sealed record FetchedArticle(
    string? CanonicalUrl, string? Title, string? Byline, DateTimeOffset? PublishedAt, string? Language, string Text, string TextHash);
