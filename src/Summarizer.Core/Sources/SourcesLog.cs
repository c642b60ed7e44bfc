using Microsoft.Extensions.Logging;

namespace Summarizer.Sources;

internal static partial class SourcesLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {Source}: the sitemap {Url} could not be read ({Error}); the other sitemaps are used")]
    public static partial void SitemapFailed(ILogger logger, string source, Uri url, string error);
}
