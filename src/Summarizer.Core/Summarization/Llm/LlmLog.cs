using Microsoft.Extensions.Logging;

namespace Summarizer.Summarization.Llm;

/// <summary>LLM log lines. Prompts and article text only at Trace; the API key never.</summary>
internal static partial class LlmLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "LLM call {Prompt}: about {PromptTokens} prompt tokens")]
    public static partial void Calling(ILogger logger, string prompt, int promptTokens);

    [LoggerMessage(Level = LogLevel.Debug, Message = "LLM call {Prompt} answered: {PromptTokens} prompt + {CompletionTokens} completion tokens, finish {FinishReason}")]
    public static partial void Called(ILogger logger, string prompt, int promptTokens, int completionTokens, string? finishReason);

    /// <summary>Debug: whoever gives up on the article reports the cause once (the CLI's error line, the worker's failure).</summary>
    [LoggerMessage(Level = LogLevel.Debug, Message = "LLM call {Prompt} failed: {Cause}")]
    public static partial void CallFailed(ILogger logger, string prompt, string cause);

    [LoggerMessage(Level = LogLevel.Trace, Message = "LLM answer to {Prompt}: {Answer}")]
    public static partial void Answer(ILogger logger, string prompt, string? answer);

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {Article} is {ArticleTokens} tokens, over the {Budget}-token budget: summarizing {Parts} parts")]
    public static partial void Chunked(ILogger logger, string article, int articleTokens, int budget, int parts);

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM answer for {Article} failed validation, asking once for a repair: {Issues}")]
    public static partial void Repairing(ILogger logger, string article, string issues);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM answer for {Article} is not grounded after a repair ({Fallback}): {Issues}")]
    public static partial void NotGrounded(ILogger logger, string article, string fallback, string issues);

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM summary of {Article}: {Calls} calls, {PromptTokens} prompt + {CompletionTokens} completion tokens, cost {Cost}, grounded {Grounded}")]
    public static partial void Summarized(ILogger logger, string article, int calls, int promptTokens, int completionTokens, decimal? cost, bool grounded);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM calls paused for {BreakSeconds} s after {Failures} failed calls in a row; articles get the extractive summary meanwhile")]
    public static partial void CircuitOpened(ILogger logger, int failures, double breakSeconds);

    /// <summary>Once per UTC day and process: every article after it gets the extractive summary.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message}; articles get the extractive summary meanwhile")]
    public static partial void BudgetSpent(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM answer to {Prompt} could not be read, asking once for a repair: {Problem}")]
    public static partial void RepairingUnreadable(ILogger logger, string prompt, string problem);
}
