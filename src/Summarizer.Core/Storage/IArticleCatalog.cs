namespace Summarizer.Storage;

/// <summary>What people read: the stored articles and summaries for <c>list</c>, <c>show</c>, <c>export</c>, <c>sources</c> and the reading room. Read only.</summary>
public interface IArticleCatalog
{
    Task<ArticleRecord?> GetArticleAsync(long id, CancellationToken cancellationToken);

    Task<ArticleRecord?> FindArticleByUrlAsync(string url, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredArticle>> QueryAsync(ArticleQuery query, CancellationToken cancellationToken);

    /// <summary>Every summary of an article, oldest first (a changed article keeps its old ones).</summary>
    Task<IReadOnlyList<SummaryRecord>> GetSummariesAsync(long articleId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SourceReport>> GetSourceReportsAsync(CancellationToken cancellationToken);
}
