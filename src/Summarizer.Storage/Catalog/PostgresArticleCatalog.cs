namespace Summarizer.Storage.Catalog;

/// <summary>The catalog over PostgreSQL: search matches <c>articles.search_vector</c> (GIN index, migration 002).</summary>
public sealed class PostgresArticleCatalog(SqlArticleStore store) : SqlArticleCatalog(store)
{
    /// <summary>
    /// Every term quoted as a tsquery lexeme (<c>'term':*</c>, a prefix when longer than one letter), joined with AND.
    /// Terms are letters and digits only, so no tsquery operator can come from the query. Newest first, as on SQLite.
    /// </summary>
    protected override FullTextQuery FullText(IReadOnlyList<string> terms) =>
        new("", "", "a.search_vector @@ to_tsquery('simple', @match)", "",
            string.Join(" & ", terms.Select(t => $"'{t.Replace("'", "''", StringComparison.Ordinal)}'" + (t.Length > 1 ? ":*" : ""))));
}
