namespace Summarizer.Storage.Catalog;

/// <summary>The catalog over the SQLite file: search is an FTS5 MATCH on the <c>article_search</c> table (migration 002).</summary>
public sealed class SqliteArticleCatalog(SqlArticleStore store) : SqlArticleCatalog(store)
{
    /// <summary>
    /// Every form quoted (an FTS5 string: no operator, column filter or NEAR can come from the query) and, when longer than
    /// one letter, a prefix: "ترامب" finds "ترامبي". A term's forms are OR-ed, the terms AND-ed. Forms are letters and digits
    /// only (<see cref="Text.ArabicSearchText.Terms"/>).
    /// Newest first: ranking by bm25 made a common prefix query (a third of 10,000 articles) fifteen times slower in the
    /// bench, since FTS5 then reads every matching row's positions for every word the prefix expands to.
    /// </summary>
    protected override Task<CatalogPage> SearchPageAsync(
        IReadOnlyList<IReadOnlyList<string>> terms, CatalogFilter filter, CatalogPaging paging, CancellationToken cancellationToken) =>
        // The matching ids are collected once (an IN list) and checked against the newest-first index ix_articles_shown, which
        // holds the id: only the page's rows are read. Joining the FTS table instead lets the planner walk articles in date
        // order and run the full-text query once per article, seconds for a common word over 10,000 articles.
        PageAsync("a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH @match)", string.Join(' ', terms.Select(Term)),
            filter, paging, cancellationToken);

    private static string Term(IReadOnlyList<string> forms) =>
        forms.Count == 1 ? Form(forms[0]) : "(" + string.Join(" OR ", forms.Select(Form)) + ")";

    private static string Form(string form) =>
        $"\"{form.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" + (form.Length > 1 ? "*" : "");
}
