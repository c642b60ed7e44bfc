namespace Summarizer.Extraction.Metadata;

/// <summary>What a page's schema.org JSON-LD says about its article (first Article-like object wins per field).</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }

    public string? ArticleBody { get; init; }

    public string? DatePublished { get; init; }

    public string? DateModified { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Publisher { get; init; }

    /// <summary>Name of a WebSite/Organization node: used only when the article names no publisher.</summary>
    public string? OrganizationName { get; init; }

    public string? Image { get; init; }

    public string? Description { get; init; }

    public string? Language { get; init; }

    public string? Url { get; init; }
}
