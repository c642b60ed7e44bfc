namespace Summarizer.Extraction;

/// <summary>What the extractor took from a page: the article body as paragraphs, and its metadata.</summary>
public sealed record ExtractedArticle
{
    public required string Title { get; init; }

    public required IReadOnlyList<string> Paragraphs { get; init; }

    public string? Byline { get; init; }

    /// <summary>Author names, best evidence first (JSON-LD, meta, byline elements); empty when unknown.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>BCP 47 language tag, e.g. <c>ar</c>; <c>und</c> when unknown.</summary>
    public string Language { get; init; } = "und";

    /// <summary><c>rtl</c> or <c>ltr</c>.</summary>
    public string Direction { get; init; } = "ltr";

    public Uri? Url { get; init; }

    public Uri? CanonicalUrl { get; init; }

    public string? SiteName { get; init; }

    public string? Description { get; init; }

    public Uri? ImageUrl { get; init; }

    /// <summary>The body with paragraphs separated by a newline.</summary>
    public string Text => string.Join('\n', Paragraphs);
}
