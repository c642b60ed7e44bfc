namespace Summarizer.Storage.Catalog;

/// <summary>
/// The catalog over PostgreSQL: search matches <c>articles.search_vector</c> (GIN index, migrations 002 and 008). A page of
/// results is looked for among the newest articles first, then through the GIN index (<see cref="SearchPageAsync"/>).
/// </summary>
public sealed class PostgresArticleCatalog(SqlArticleStore store) : SqlArticleCatalog(store)
{
    /// <summary>The newest articles a page is first looked for in, per result the page needs (skip + take).</summary>
    private const int WindowPerResult = 20;

    /// <summary>Past this many newest articles the window is not tried: the GIN index answers deep pages alone.</summary>
    private const int MaxWindow = 5_000;

    /// <summary>
    /// Newest first, in one of two ways, since the planner cannot know how common a word is and each way is slow for the
    /// other kind: a word in many articles is found by walking the newest articles (ix_articles_shown) and testing each
    /// one's tsvector, which stops after a page but must unpack every tsvector it walks past (~0.25 s over 10,000 articles for
    /// a word in none); a rare word is found through the GIN index, which then fetches and sorts every match (~10 ms for a
    /// word in a third of 10,000). So the newest <see cref="WindowPerResult"/> articles per result needed are tried first;
    /// when they hold the whole page (and one more), that is the answer, exactly: every match outside them is older. Else
    /// (a rarer word, or the last page) the GIN index answers.
    /// </summary>
    protected override async Task<CatalogPage> SearchPageAsync(
        IReadOnlyList<IReadOnlyList<string>> terms, CatalogFilter filter, CatalogPaging paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paging);
        var match = Match(terms);
        var needed = paging.Offset + paging.Size + 1;
        if (needed * WindowPerResult <= MaxWindow)
        {
            var window = (int)(needed * WindowPerResult);
            var newest = await PageOfAsync(
                "",
                $"""
                 SELECT w.id, w.shown FROM (
                     SELECT a.id, {Shown} AS shown, a.search_vector FROM articles a WHERE {SummarizedWhere(filter)}
                     ORDER BY {Shown} DESC, a.id DESC LIMIT @window) w
                 WHERE w.search_vector @@ to_tsquery('simple', @match) ORDER BY w.shown DESC, w.id DESC LIMIT @take OFFSET @skip
                 """,
                match, window, filter, paging, cancellationToken);
            if (newest.HasMore)
            {
                return newest;
            }
        }

        // MATERIALIZED: the matches through the GIN index, not a walk in date order that tests every article.
        return await PageOfAsync(
            $"WITH m AS MATERIALIZED (SELECT a.id, {Shown} AS shown FROM articles a WHERE {SummarizedWhere(filter)} AND a.search_vector @@ to_tsquery('simple', @match)) ",
            "SELECT id, shown FROM m ORDER BY shown DESC, id DESC LIMIT @take OFFSET @skip",
            match, 0, filter, paging, cancellationToken);
    }

    /// <summary>
    /// Every form quoted as a tsquery lexeme (<c>'form':*</c>, a prefix when longer than one letter); a term's forms OR-ed,
    /// the terms AND-ed. Forms are letters and digits only, so no tsquery operator can come from the query.
    /// </summary>
    private static string Match(IReadOnlyList<IReadOnlyList<string>> terms) =>
        string.Join(" & ", terms.Select(forms => forms.Count == 1 ? Lexeme(forms[0]) : "(" + string.Join(" | ", forms.Select(Lexeme)) + ")"));

    private static string Lexeme(string form) =>
        $"'{form.Replace("'", "''", StringComparison.Ordinal)}'" + (form.Length > 1 ? ":*" : "");
}
