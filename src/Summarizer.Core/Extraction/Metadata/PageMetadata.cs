namespace Summarizer.Extraction.Metadata;

/// <summary>Metadata gathered from every source on the page, each field from its best evidence.</summary>
internal sealed record PageMetadata
{
    public string Title { get; init; } = "";

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset? ModifiedAt { get; init; }

    public string? DeclaredLanguage { get; init; }

    public string? DeclaredDirection { get; init; }

    public Uri? CanonicalUrl { get; init; }

    public string? SiteName { get; init; }

    public string? Description { get; init; }

    public Uri? ImageUrl { get; init; }

    /// <summary>JSON-LD <c>articleBody</c>: evidence for the body, not trusted blindly.</summary>
    public string? ArticleBody { get; init; }
}
