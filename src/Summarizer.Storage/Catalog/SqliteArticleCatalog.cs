using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Summarizer.Storage.Catalog;

/// <summary>The catalog over the SQLite file: search is an FTS5 MATCH on the <c>article_search</c> table (migration 002).</summary>
public sealed class SqliteArticleCatalog : SqlArticleCatalog
{
    private readonly string _connectionString;

    public SqliteArticleCatalog(string? connectionString, SqlArticleStore store)
        : base(store)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? StorageOptions.DefaultSqliteConnectionString : connectionString);
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        _connectionString = builder.ToString();
    }

    protected override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    /// <summary>
    /// Every term quoted (an FTS5 string: no operator, column filter or NEAR can come from the query) and, when longer than
    /// one letter, a prefix: "ترامب" finds "ترامبي". Terms are letters and digits only (<see cref="Text.ArabicSearchText.Terms"/>).
    /// Ranked by bm25 (lower is better), a word in the title counting four times one in the text and the summary and key
    /// points twice.
    /// </summary>
    protected override FullTextQuery FullText(IReadOnlyList<string> terms) =>
        // The matches and their ranks are collected once (a materialized CTE); joining the FTS table directly lets the planner
        // walk articles in date order and run the full-text query once per article, seconds for a common word over 10,000 articles.
        new("WITH m AS MATERIALIZED (SELECT rowid AS id, bm25(article_search, 4.0, 2.0, 2.0, 1.0, 1.0) AS rank FROM article_search WHERE article_search MATCH @match) ",
            "JOIN m ON m.id = a.id", "", "m.rank, ",
            string.Join(' ', terms.Select(t => $"\"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" + (t.Length > 1 ? "*" : ""))));
}
