namespace Summarizer.Storage.Catalog;

/// <summary>
/// A provider's full-text search as SQL pieces around the catalog's list query: an optional <c>WITH</c> clause, a join, a
/// condition on <c>a</c>, what to order by before the newest-first order (the relevance, best first), and the value of
/// <c>@match</c>.
/// </summary>
public sealed record FullTextQuery(string With, string Join, string Where, string OrderFirst, string? Match)
{
    /// <summary>No search: every summarized article, newest first.</summary>
    public static FullTextQuery None { get; } = new("", "", "", "", null);
}
