using System.Data.Common;
using Npgsql;

namespace Summarizer.Storage.Catalog;

/// <summary>The catalog over PostgreSQL: search matches <c>articles.search_vector</c> (GIN index, migration 002).</summary>
public sealed class PostgresArticleCatalog : SqlArticleCatalog, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresArticleCatalog(string connectionString, SqlArticleStore store)
        : base(store)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    protected override DbConnection CreateConnection() => _dataSource.CreateConnection();

    /// <summary>
    /// Every term quoted as a tsquery lexeme (<c>'term':*</c>, a prefix when longer than one letter), joined with AND.
    /// Terms are letters and digits only, so no tsquery operator can come from the query. Ranked by ts_rank, best first.
    /// </summary>
    protected override FullTextQuery FullText(IReadOnlyList<string> terms) =>
        new("", "CROSS JOIN to_tsquery('simple', @match) AS query", "a.search_vector @@ query", "ts_rank(a.search_vector, query) DESC, ",
            string.Join(" & ", terms.Select(t => $"'{t.Replace("'", "''", StringComparison.Ordinal)}'" + (t.Length > 1 ? ":*" : ""))));

    public void Dispose() => _dataSource.Dispose();
}
