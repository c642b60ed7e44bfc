
namespace Summarizer.Sources;

/// <summary>The result of polling a source: not modified, or the articles it lists now and its new validators.</summary>
public sealed record Discovery(int Status, IReadOnlyList<DiscoveredArticle> Articles, string? ETag, string? LastModified)
{
    public bool NotModified => Status == (int)System.Net.HttpStatusCode.NotModified;
}

/// <summary>Fetches a source (conditional GET on the root document) and follows sitemap indexes with loop protection.</summary>
public sealed class SourceDiscoverer(ConditionalFetcher fetcher)
{
    private const int MaxSitemaps = 50;
    private const int MaxDepth = 3;

    public async Task<Discovery> DiscoverAsync(SourceOptions source, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var root = source.Url!;
        var response = await fetcher.FetchAsync(root, etag, lastModified, cancellationToken);
        if (response.NotModified)
        {
            return new Discovery(response.Status, [], etag, lastModified);
        }

        var document = FeedParser.Parse(response.Body, root, source.Type);
        var articles = new List<DiscoveredArticle>(document.Articles);
        var visited = new HashSet<string>(StringComparer.Ordinal) { UrlNormalizer.Normalize(root).AbsoluteUri };
        var queue = new Queue<(Uri Url, int Depth)>(document.Sitemaps.Select(s => (s, 1)));
        while (queue.Count > 0 && visited.Count <= MaxSitemaps && articles.Count < source.MaxArticlesPerRun)
        {
            var (url, depth) = queue.Dequeue();
            if (depth > MaxDepth || !visited.Add(url.AbsoluteUri))
            {
                continue; // a sitemap that lists itself or an ancestor: followed once
            }

            var child = await fetcher.FetchAsync(url, null, null, cancellationToken);
            var parsed = FeedParser.Parse(child.Body, url, SourceType.Sitemap);
            articles.AddRange(parsed.Articles);
            foreach (var next in parsed.Sitemaps)
            {
                queue.Enqueue((next, depth + 1));
            }
        }

        var distinct = articles.DistinctBy(a => a.Url.AbsoluteUri).Take(source.MaxArticlesPerRun).ToList();
        return new Discovery(response.Status, distinct, response.ETag, response.LastModified);
    }
}
