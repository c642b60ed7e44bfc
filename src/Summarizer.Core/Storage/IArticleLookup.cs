namespace Summarizer.Storage;

/// <summary>The stored articles and summaries by id, URL or filter, for <c>list</c>, <c>show</c>, <c>export</c> and <c>sources</c>. Read only; the reading room reads <see cref="IArticleCatalog"/>.</summary>
public interface IArticleLookup
{
    Task<ArticleRecord?> GetArticleAsync(long id, CancellationToken cancellationToken);

    Task<ArticleRecord?> FindArticleByUrlAsync(string url, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredArticle>> QueryAsync(ArticleQuery query, CancellationToken cancellationToken);

    /// <summary>Every summary of an article, oldest first (a changed article keeps its old ones).</summary>
    Task<IReadOnlyList<SummaryRecord>> GetSummariesAsync(long articleId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SourceReport>> GetSourceReportsAsync(CancellationToken cancellationToken);
}
