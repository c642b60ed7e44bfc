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

    /// <summary>Every date property of every node (WebPage, VideoObject... not only the article), in document order.</summary>
    public IReadOnlyList<JsonLdDate> Dates { get; init; } = [];
}

/// <summary>A date property of a JSON-LD node: <c>datePublished</c>, <c>dateCreated</c>, <c>dateModified</c>, <c>uploadDate</c>...</summary>
/// <param name="Property">The property name as written.</param>
/// <param name="Value">The raw value.</param>
/// <param name="OnArticle">Whether the node is an Article type (its dates are the article's own).</param>
internal sealed record JsonLdDate(string Property, string Value, bool OnArticle);
