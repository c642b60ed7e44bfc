using Microsoft.Extensions.Logging;

namespace Summarizer.Fetching.Politeness;

internal static partial class PolitenessLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "robots.txt disallows {Url}")]
    public static partial void Disallowed(ILogger logger, Uri url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "robots.txt at {Url} could not be read ({Reason}); the host is not fetched until it can be")]
    public static partial void RobotsUnavailable(ILogger logger, Uri url, string reason);
}
