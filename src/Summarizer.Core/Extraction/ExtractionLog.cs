using Microsoft.Extensions.Logging;

namespace Summarizer.Extraction;

internal static partial class ExtractionLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Extracted {Letters} letters in {Paragraphs} paragraphs from {Url} using the {Source} candidate")]
    public static partial void Extracted(ILogger logger, Uri? url, int letters, int paragraphs, string source);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Page {Url} could not be processed; reported as not an article")]
    public static partial void Failed(ILogger logger, Uri? url, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Page {Url} exceeded the DOM limits; the rest was ignored")]
    public static partial void Truncated(ILogger logger, Uri? url);
}
