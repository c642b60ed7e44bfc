using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Fetching.Politeness;

namespace Summarizer.Sources;

/// <summary>
/// The result of polling a source: not modified, or every article it lists now and its new validators.
/// <paramref name="FailedSitemaps"/> are child sitemaps that could not be read (each fails alone; the others' URLs stand).
/// </summary>
public sealed record Discovery(int Status, IReadOnlyList<DiscoveredArticle> Articles, string? ETag, string? LastModified, IReadOnlyList<string> FailedSitemaps)
{
    public bool NotModified => Status == (int)System.Net.HttpStatusCode.NotModified;

    /// <summary>Whether what was read is all the source lists: only then may its validators be kept (a 304 must not hide a child not read).</summary>
    public bool Complete => FailedSitemaps.Count == 0;
}

/// <summary>
/// Fetches a source (conditional GET on the root document) and follows sitemap indexes with loop protection. Every URL
/// listed is returned; how many are queued per poll is the poller's business (<see cref="SourceOptions.MaxArticlesPerRun"/>).
/// </summary>
public sealed class SourceDiscoverer(ConditionalFetcher fetcher, ILogger<SourceDiscoverer>? logger = null)
{
    private const int MaxSitemaps = 50;
    private const int MaxDepth = 3;

    private readonly ILogger _logger = logger ?? NullLogger<SourceDiscoverer>.Instance;

    public async Task<Discovery> DiscoverAsync(SourceOptions source, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var root = source.Url!;
        var response = await fetcher.FetchAsync(root, etag, lastModified, cancellationToken);
        if (response.NotModified)
        {
            return new Discovery(response.Status, [], etag, lastModified, []);
        }

        var document = FeedParser.Parse(response.Body, root, source.Type);
        var articles = new List<DiscoveredArticle>(document.Articles);
        var failed = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { UrlNormalizer.Normalize(root).AbsoluteUri };
        var queue = new Queue<(Uri Url, int Depth)>(document.Sitemaps.Select(s => (s, 1)));
        while (queue.Count > 0 && visited.Count <= MaxSitemaps)
        {
            var (url, depth) = queue.Dequeue();
            if (depth > MaxDepth || !visited.Add(url.AbsoluteUri))
            {
                continue; // a sitemap that lists itself or an ancestor: followed once
            }

            try
            {
                var child = await fetcher.FetchAsync(url, null, null, cancellationToken);
                var parsed = FeedParser.Parse(child.Body, url, SourceType.Sitemap);
                articles.AddRange(parsed.Articles);
                foreach (var next in parsed.Sitemaps)
                {
                    queue.Enqueue((next, depth + 1));
                }
            }
            catch (SummarizerException ex)
            {
                // One broken child (404, not XML, too slow) fails alone: the healthy children's URLs are still queued.
                SourcesLog.SitemapFailed(_logger, source.DisplayName, url, ex.Message);
                failed.Add($"{url.AbsoluteUri}: {ex.Message}");
            }
        }

        if (articles.Count == 0 && failed.Count > 0 && failed.Count == visited.Count - 1)
        {
            throw new SummarizerException(FailureKind.CouldNotFetch, $"no sitemap of the index could be read; the first: {failed[0]}");
        }

        var distinct = articles.DistinctBy(a => a.Url.AbsoluteUri).ToList();
        return new Discovery(response.Status, distinct, response.ETag, response.LastModified, failed);
    }
}
