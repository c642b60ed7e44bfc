namespace Summarizer.Storage;

/// <summary>One row of the articles table.</summary>
public sealed record ArticleRecord
{
    public required long Id { get; init; }

    public required string Url { get; init; }

    public string? CanonicalUrl { get; init; }

    /// <summary>The source that found the article first (or <c>summarize</c>'s name for it).</summary>
    public required string Source { get; init; }

    /// <summary>
    /// Every source that found the article, in the order they first listed it (<see cref="Source"/> first): what
    /// <c>list</c>, <c>show</c> and <c>export</c> print. Filled by <see cref="IArticleLookup"/>; empty on queue rows.
    /// </summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public string? Title { get; init; }

    public string? Byline { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public string? Language { get; init; }

    public string? Text { get; init; }

    public string? TextHash { get; init; }

    public required ArticleStatus Status { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }

    public string? LastError { get; init; }

    public long? SummaryId { get; init; }

    public required DateTimeOffset DiscoveredAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
