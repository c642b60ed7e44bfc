using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using static Summarizer.Storage.RowMapping;

namespace Summarizer.Storage.Catalog;

/// <summary>
/// The reading room's queries in SQL both providers run; a provider supplies its full-text match and the store its connections.
/// Lists never load article text (only the article page needs it), and every page is read as one row more than it
/// shows, so "is there a next page" costs no COUNT.
/// </summary>
public abstract class SqlArticleCatalog(SqlArticleStore store) : IArticleCatalog
{
    protected const string Shown = "coalesce(a.published_at, a.discovered_at)";

    /// <summary>Article columns for lists: the text stays in the database.</summary>
    private static readonly string ListColumns = ArticleSelect("a").Replace("a.text AS Text", "NULL AS Text", StringComparison.Ordinal);

    private static readonly string SummaryList = SummarySelect("s");

    public Task<CatalogPage> LatestAsync(CatalogFilter filter, CatalogPaging paging, CancellationToken cancellationToken) =>
        PageAsync("", null, filter, paging, cancellationToken);

    public Task<CatalogPage> SearchAsync(string query, CatalogFilter filter, CatalogPaging paging, CancellationToken cancellationToken)
    {
        var terms = Text.ArabicSearchText.Terms(query);
        if (terms.Count == 0)
        {
            return Task.FromResult(new CatalogPage([], false));
        }

        return SearchPageAsync(terms, filter, paging, cancellationToken);
    }

    /// <summary>
    /// A page of the articles matching the query, newest first. Each term is the forms of one query word, any of which may
    /// match (<see cref="Text.ArabicSearchText.Terms"/>); every term must.
    /// </summary>
    protected abstract Task<CatalogPage> SearchPageAsync(
        IReadOnlyList<IReadOnlyList<string>> terms, CatalogFilter filter, CatalogPaging paging, CancellationToken cancellationToken);

    /// <summary>
    /// A page of summarized articles newest first, limited by <paramref name="where"/> (a condition on <c>a</c> that may use
    /// <c>@match</c>) when it is not empty.
    /// </summary>
    protected async Task<CatalogPage> PageAsync(string where, string? match, CatalogFilter filter, CatalogPaging paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(paging);
        var sql = $"SELECT {ListColumns}, {SummaryList} FROM articles a JOIN summaries s ON s.id = a.summary_id "
            + $"WHERE {SummarizedWhere(filter)}{(where.Length > 0 ? " AND " + where : "")} ORDER BY {Shown} DESC, a.id DESC LIMIT @take OFFSET @skip";
        return await ReadAsync(sql, match, 0, filter, paging, cancellationToken);
    }

    /// <summary>
    /// The conditions on <c>a</c> a filter adds, each only when given: "(@any OR ...)" would keep SQLite from using the index.
    /// A source's page holds every article it listed, also those another source found first.
    /// </summary>
    private static string Filters(CatalogFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new StringBuilder();
        if (filter.Source is not null)
        {
            sql.Append(" AND a.id IN (SELECT article_id FROM article_sources WHERE source = @source)");
        }

        if (filter.From is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {Shown} >= @from");
        }

        if (filter.Until is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {Shown} < @until");
        }

        return sql.ToString();
    }

    /// <summary>
    /// The page of summarized articles whose ids and shown times <paramref name="pageSql"/> selects (as <c>id</c> and
    /// <c>shown</c>, newest first, with <c>LIMIT @take OFFSET @skip</c>), read whole and newest first. The inner query
    /// sees <see cref="SummarizedWhere"/> and the parameters <c>@match</c>, <c>@window</c> and the filter's.
    /// </summary>
    protected async Task<CatalogPage> PageOfAsync(
        string with, string pageSql, string? match, int window, CatalogFilter filter, CatalogPaging paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(paging);
        var sql = $"{with}SELECT {ListColumns}, {SummaryList} FROM ({pageSql}) p JOIN articles a ON a.id = p.id JOIN summaries s ON s.id = a.summary_id ORDER BY p.shown DESC, p.id DESC";
        return await ReadAsync(sql, match, window, filter, paging, cancellationToken);
    }

    /// <summary>The summarized articles a filter keeps, as the tail of a <c>FROM articles a WHERE</c>.</summary>
    protected static string SummarizedWhere(CatalogFilter filter) => $"a.status = {Sql(ArticleStatus.Summarized)}{Filters(filter)}";

    private async Task<CatalogPage> ReadAsync(
        string sql, string? match, int window, CatalogFilter filter, CatalogPaging paging, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ArticleRow, SummaryRow, StoredArticle>(
            new CommandDefinition(
                sql,
                new
                {
                    match, window, source = filter.Source, from = Ms(filter.From), until = Ms(filter.Until), take = paging.Size + 1,
                    skip = paging.Offset,
                },
                cancellationToken: cancellationToken),
            (article, summary) => new StoredArticle(article.ToRecord(), summary.ToRecord()),
            splitOn: "Id")).ToList();
        var more = rows.Count > paging.Size;
        return new CatalogPage(more ? rows[..paging.Size] : rows, more);
    }

    public async Task<StoredArticle?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ArticleRow, SummaryRow?, StoredArticle>(
            new CommandDefinition(
                $"""
                 SELECT {ArticleSelect("a")}, {SummaryList}
                 FROM articles a LEFT JOIN summaries s ON s.id = a.summary_id WHERE a.id = @id
                 """,
                new { id }, cancellationToken: cancellationToken),
            (article, summary) => new StoredArticle(article.ToRecord(), summary?.ToRecord()),
            splitOn: "Id");
        return rows.FirstOrDefault();
    }

    public async Task<bool> SourceExistsAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT CASE WHEN EXISTS (SELECT 1 FROM sources WHERE name = @name) OR EXISTS (SELECT 1 FROM article_sources WHERE source = @name)
                THEN 1 ELSE 0 END
            """, new { name }, cancellationToken: cancellationToken)) == 1;
    }

    public Task<IReadOnlyList<SourceReport>> GetSourceReportsAsync(CancellationToken cancellationToken) =>
        store.GetSourceReportsAsync(cancellationToken);

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
    }

    /// <summary>
    /// The store's own connections: one pool per store, and the store's first-use schema step (migrated, or only checked when
    /// the store is read-only) whichever of the two is used first.
    /// </summary>
    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => store.OpenAsync(cancellationToken);
}
