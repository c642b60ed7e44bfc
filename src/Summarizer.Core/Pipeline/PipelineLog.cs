using Microsoft.Extensions.Logging;

namespace Summarizer.Pipeline;

internal static partial class PipelineLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Extracted {Id}: {Paragraphs} paragraphs, language {Language}")]
    public static partial void Extracted(ILogger logger, string id, int paragraphs, string language);

    [LoggerMessage(Level = LogLevel.Information, Message = "Summarized {Id} with {Summarizer} {Model} in {ElapsedMs} ms")]
    public static partial void Summarized(ILogger logger, string id, string summarizer, string? model, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reused stored summary {SummaryId} for {Id}: same text, summarizer, model and prompt")]
    public static partial void Reused(ILogger logger, string id, long summaryId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Summarizer} summary of {Id} breaks the summary contract: {Issues}")]
    public static partial void ContractBroken(ILogger logger, string id, string summarizer, string issues);
}
