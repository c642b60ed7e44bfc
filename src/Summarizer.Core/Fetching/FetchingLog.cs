using Microsoft.Extensions.Logging;

namespace Summarizer.Fetching;

internal static partial class FetchingLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Fetching {Url}")]
    public static partial void Fetching(ILogger logger, Uri url);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Fetched {Url}: {Status}, {Bytes} bytes, {ContentType}")]
    public static partial void Fetched(ILogger logger, Uri url, int status, int bytes, string? contentType);
}
