using Dapper;
using static Summarizer.Storage.RowMapping;

namespace Summarizer.Storage;

/// <summary>What people read: articles, their summaries and the sources' counts.</summary>
public abstract partial class SqlArticleStore
{
    public async Task<ArticleRecord?> GetArticleAsync(long id, CancellationToken cancellationToken) =>
        (await SingleAsync<ArticleRow>($"SELECT {ArticleSelect()} FROM articles WHERE id = @id", new { id }, cancellationToken))?.ToRecord();

    public async Task<ArticleRecord?> FindArticleByUrlAsync(string url, CancellationToken cancellationToken) =>
        (await SingleAsync<ArticleRow>(
            $"SELECT {ArticleSelect()} FROM articles WHERE url = @url OR canonical_url = @url ORDER BY id LIMIT 1",
            new { url }, cancellationToken))?.ToRecord();

    public async Task<IReadOnlyList<StoredArticle>> QueryAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ArticleRow, SummaryRow?, StoredArticle>(
            new CommandDefinition(
                $"""
                 SELECT {ArticleSelect("a")}, {SummarySelect("s")}
                 FROM articles a LEFT JOIN summaries s ON s.id = a.summary_id
                 WHERE (@anySource OR a.source = @source) AND (@anyStatus OR a.status = @status) AND a.updated_at >= @since
                 ORDER BY a.id LIMIT @limit
                 """,
                new
                {
                    anySource = query.Source is null, source = query.Source ?? "", anyStatus = query.Status is null,
                    status = query.Status?.Name() ?? "", since = Ms(query.Since) ?? 0L, limit = query.Limit,
                },
                cancellationToken: cancellationToken),
            (article, summary) => new StoredArticle(article.ToRecord(), summary?.ToRecord()),
            splitOn: "Id");
        return rows.ToList();
    }

    public async Task<IReadOnlyList<SummaryRecord>> GetSummariesAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"SELECT {SummarySelect()} FROM summaries WHERE article_id = @articleId OR id = (SELECT summary_id FROM articles WHERE id = @articleId) ORDER BY id",
            new { articleId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<IReadOnlyList<SourceReport>> GetSourceReportsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SourceRow>(new CommandDefinition(
            $"""
             SELECT {SourceSelect("s")},
                 (SELECT COUNT(*) FROM articles a WHERE a.source = s.name) AS Articles,
                 (SELECT COUNT(*) FROM articles a WHERE a.source = s.name AND a.status = {Sql(ArticleStatus.Summarized)}) AS Summarized,
                 (SELECT COUNT(*) FROM articles a WHERE a.source = s.name AND a.status = {Sql(ArticleStatus.Failed)}) AS Failed,
                 (SELECT COUNT(*) FROM articles a WHERE a.source = s.name AND a.{Due}) AS Pending
             FROM sources s ORDER BY s.name
             """, cancellationToken: cancellationToken));
        return rows.Select(r => new SourceReport(r.ToState(), (int)r.Articles, (int)r.Summarized, (int)r.Failed, (int)r.Pending)).ToList();
    }
}
