namespace Summarizer.Storage;

/// <summary>Filters for <c>summarizer list</c> and <c>export</c>; null means any.</summary>
public sealed record ArticleQuery(string? Source = null, ArticleStatus? Status = null, DateTimeOffset? Since = null, int Limit = 1000);

/// <summary>An article with its current summary, when it has one.</summary>
public sealed record StoredArticle(ArticleRecord Article, SummaryRecord? Summary);
