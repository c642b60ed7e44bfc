
namespace Summarizer.Sources;

/// <summary>What one feed, sitemap or URL list lists: articles, and (sitemap index) further sitemaps.</summary>
internal sealed record FeedDocument(IReadOnlyList<DiscoveredArticle> Articles, IReadOnlyList<Uri> Sitemaps);
