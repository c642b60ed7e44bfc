namespace Summarizer.Storage;

/// <summary>
/// What the reading room reads: summarized articles, newest first, by source or day, and full-text search.
/// Read only; the worker's queue is <see cref="IArticleQueue"/>.
/// </summary>
public interface IArticleCatalog
{
    /// <summary>Summarized articles matching <paramref name="filter"/>, newest first (published time, else discovery).</summary>
    Task<CatalogPage> LatestAsync(CatalogFilter filter, CatalogPaging paging, CancellationToken cancellationToken);

    /// <summary>Summarized articles whose title, summary, key points or text hold every word of <paramref name="query"/>
    /// after <see cref="Text.ArabicSearchText"/> normalization; newest first. A query with no words finds nothing.</summary>
    Task<CatalogPage> SearchAsync(string query, CatalogFilter filter, CatalogPaging paging, CancellationToken cancellationToken);

    /// <summary>An article with its current summary (any status), or null.</summary>
    Task<StoredArticle?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Whether a source of this name polled or has articles.</summary>
    Task<bool> SourceExistsAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<SourceReport>> GetSourceReportsAsync(CancellationToken cancellationToken);

    /// <summary>One round trip to the store: for health checks.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}

/// <summary>Null means any. <see cref="From"/> is inclusive, <see cref="Until"/> exclusive; both on the shown time.</summary>
public sealed record CatalogFilter(string? Source = null, DateTimeOffset? From = null, DateTimeOffset? Until = null)
{
    public static CatalogFilter All { get; } = new();
}

/// <summary>A 1-based page. Sizes are clamped so no request can ask the store for everything.</summary>
public sealed record CatalogPaging
{
    public const int MaxSize = 100;

    public CatalogPaging(int page, int size)
    {
        Page = Math.Max(1, page);
        Size = Math.Clamp(size, 1, MaxSize);
    }

    public int Page { get; }

    public int Size { get; }

    /// <summary>Rows to skip; a page far past the end is simply empty (capped so the offset never overflows).</summary>
    public long Offset => Math.Min((long)(Page - 1) * Size, 10_000_000L);
}

/// <summary>One page of results; <see cref="HasMore"/> says whether a next page has any.</summary>
public sealed record CatalogPage(IReadOnlyList<StoredArticle> Items, bool HasMore);
