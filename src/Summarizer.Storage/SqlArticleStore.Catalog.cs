using Dapper;
using static Summarizer.Storage.RowMapping;

namespace Summarizer.Storage;

/// <summary>What people read: articles, their summaries and the sources' counts.</summary>
public abstract partial class SqlArticleStore
{
    public Task<ArticleRecord?> GetArticleAsync(long id, CancellationToken cancellationToken) =>
        FindOneAsync($"SELECT {ArticleSelect()} FROM articles WHERE id = @id", new { id }, cancellationToken);

    public Task<ArticleRecord?> FindArticleByUrlAsync(string url, CancellationToken cancellationToken) =>
        FindOneAsync($"SELECT {ArticleSelect()} FROM articles WHERE url = @url OR canonical_url = @url ORDER BY id LIMIT 1", new { url }, cancellationToken);

    private async Task<ArticleRecord?> FindOneAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<ArticleRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return row is null ? null : (await WithSourcesAsync(connection, [row.ToRecord()], cancellationToken))[0];
    }

    /// <summary>
    /// The articles with every source that found them, in the order they first listed them. One query for the whole
    /// list (in chunks that stay under both providers' parameter limits), dialect-neutral, rather than a per-dialect
    /// string aggregate.
    /// </summary>
    private async Task<IReadOnlyList<ArticleRecord>> WithSourcesAsync(
        System.Data.Common.DbConnection connection, IReadOnlyList<ArticleRecord> articles, CancellationToken cancellationToken)
    {
        var sources = new Dictionary<long, List<string>>();
        foreach (var chunk in articles.Select(a => a.Id).Distinct().Chunk(500))
        {
            var rows = await connection.QueryAsync<(long ArticleId, string Source)>(new CommandDefinition(
                $"SELECT article_id, source FROM article_sources WHERE {OneOf("article_id", "@ids")} ORDER BY article_id, first_seen_at, source",
                new { ids = chunk }, cancellationToken: cancellationToken));
            foreach (var (articleId, source) in rows)
            {
                (sources.TryGetValue(articleId, out var list) ? list : sources[articleId] = []).Add(source);
            }
        }

        // A row the join table does not know (written by a build before it) still names its first source.
        return articles.Select(a => a with { Sources = sources.TryGetValue(a.Id, out var list) ? list : [a.Source] }).ToList();
    }

    public async Task<IReadOnlyList<StoredArticle>> QueryAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ArticleRow, SummaryRow?, StoredArticle>(
            new CommandDefinition(
                $"""
                 SELECT {ArticleSelect("a")}, {SummarySelect("s")}
                 FROM articles a LEFT JOIN summaries s ON s.id = a.summary_id
                 WHERE (@anySource OR EXISTS (SELECT 1 FROM article_sources x WHERE x.article_id = a.id AND x.source = @source)) AND (@anyStatus OR a.status = @status) AND a.updated_at >= @since
                 ORDER BY a.id LIMIT @limit
                 """,
                new
                {
                    anySource = query.Source is null, source = query.Source ?? "", anyStatus = query.Status is null,
                    status = query.Status?.Name() ?? "", since = Ms(query.Since) ?? 0L, limit = query.Limit,
                },
                cancellationToken: cancellationToken),
            (article, summary) => new StoredArticle(article.ToRecord(), summary?.ToRecord()),
            splitOn: "Id")).ToList();
        var articles = await WithSourcesAsync(connection, rows.Select(r => r.Article).ToList(), cancellationToken);
        return rows.Zip(articles, (row, article) => row with { Article = article }).ToList();
    }

    public async Task<IReadOnlyList<SummaryRecord>> GetSummariesAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"SELECT {SummarySelect()} FROM summaries WHERE article_id = @articleId OR id = (SELECT summary_id FROM articles WHERE id = @articleId) ORDER BY id",
            new { articleId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    /// <summary>Each article once per source that found it: a source's counts include the articles another source found first.</summary>
    private const string Found = "article_sources x JOIN articles a ON a.id = x.article_id";

    public async Task<IReadOnlyList<SourceReport>> GetSourceReportsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SourceRow>(new CommandDefinition(
            $"""
             SELECT {SourceSelect("s")},
                 (SELECT COUNT(*) FROM {Found} WHERE x.source = s.name) AS Articles,
                 (SELECT COUNT(*) FROM {Found} WHERE x.source = s.name AND a.status = {Sql(ArticleStatus.Summarized)}) AS Summarized,
                 (SELECT COUNT(*) FROM {Found} WHERE x.source = s.name AND a.status = {Sql(ArticleStatus.Failed)}) AS Failed,
                 (SELECT COUNT(*) FROM {Found} WHERE x.source = s.name AND a.{Due}) AS Pending
             FROM sources s ORDER BY s.name
             """, cancellationToken: cancellationToken));
        return rows.Select(r => new SourceReport(r.ToState(), (int)r.Articles, (int)r.Summarized, (int)r.Failed, (int)r.Pending)).ToList();
    }
}
