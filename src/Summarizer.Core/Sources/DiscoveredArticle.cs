namespace Summarizer.Sources;

/// <summary>A URL a source listed. <paramref name="SourceUpdated"/> is the feed's date for it (pubDate, updated,
/// lastmod): when it changes, a summarized article is queued again so a changed article gets a new summary.</summary>
public sealed record DiscoveredArticle(Uri Url, string? SourceUpdated = null, string? Title = null);
