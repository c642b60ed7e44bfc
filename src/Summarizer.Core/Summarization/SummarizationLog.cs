using Microsoft.Extensions.Logging;

namespace Summarizer.Summarization;

internal static partial class SummarizationLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "{Article}: {Cause}; the extractive summary is used")]
    public static partial void LlmFellBack(ILogger logger, string article, string cause);

    /// <summary>Debug: the cause (an open circuit, a spent budget) was logged once when it began, not once per article.</summary>
    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Article}: {Cause}; the extractive summary is used")]
    public static partial void LlmSkipped(ILogger logger, string article, string cause);
}
