namespace Summarizer.Summarization;

/// <summary>
/// The LLM could not be asked, not that the article is at fault: the endpoint is unreachable, refused the call
/// (401/403), failed after its retries, calls are paused after failures in a row, or today's budget is spent.
/// <c>--summarizer auto</c> and the worker then use the extractive summary and may ask the LLM again later.
/// </summary>
public sealed class LlmUnavailableException : SummarizerException
{
    /// <param name="notBefore">When asking again makes sense (the next budget day); null: after the configured delay.</param>
    public LlmUnavailableException(string message, DateTimeOffset? notBefore = null, Exception? innerException = null)
        : base(FailureKind.SummarizationFailed, message, innerException) => NotBefore = notBefore;

    public DateTimeOffset? NotBefore { get; }

    /// <summary>Already logged once for every article it applies to (an opened circuit, a spent budget): not again per article.</summary>
    public bool Reported { get; init; }
}
