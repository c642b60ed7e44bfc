namespace Summarizer.Summarization;

/// <summary>
/// Marks a <see cref="SummarizerException"/> as "the LLM could not be asked", not that the article is at fault: the
/// endpoint is unreachable, refused the call (401/403), failed after its retries, calls are paused after failures in a
/// row, or today's budget is spent. <c>--summarizer auto</c> and the worker then use the extractive summary and may ask
/// the LLM again later. (A mark in <see cref="SummarizerException.Detail"/> rather than a subclass, so that callers keep
/// catching one exception type; read as <c>exception.LlmUnavailable</c>.)
/// </summary>
/// <param name="NotBefore">When asking again makes sense (the next budget day); null: after the configured delay.</param>
/// <param name="Reported">Already logged once for every article it applies to (an opened circuit, a spent budget): not again per article.</param>
public sealed record LlmUnavailable(DateTimeOffset? NotBefore = null, bool Reported = false)
{
    public static SummarizerException Exception(string message, DateTimeOffset? notBefore = null, bool reported = false) =>
        new(FailureKind.SummarizationFailed, message) { Detail = new LlmUnavailable(notBefore, reported) };
}

public static class LlmUnavailableDetail
{
    extension(SummarizerException exception)
    {
        /// <summary>Set when the LLM could not be asked at all; null otherwise.</summary>
        public LlmUnavailable? LlmUnavailable => exception.Detail as LlmUnavailable;
    }
}
