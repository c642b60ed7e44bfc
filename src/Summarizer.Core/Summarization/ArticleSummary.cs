namespace Summarizer.Summarization;

/// <summary>A summary paragraph and its key points, and how they were made.</summary>
public sealed record ArticleSummary
{
    public required string Summary { get; init; }

    public required IReadOnlyList<string> KeyPoints { get; init; }

    /// <summary><c>extractive</c> or <c>llm</c>.</summary>
    public required string Summarizer { get; init; }

    /// <summary>The model name; null for the extractive summarizer.</summary>
    public string? Model { get; init; }

    public required string PromptVersion { get; init; }

    /// <summary>Whether every validation check held; null when no check applies.</summary>
    public bool? Grounded { get; init; }

    public IReadOnlyList<string> ValidationIssues { get; init; } = [];

    public TokenUsage? Usage { get; init; }

    /// <summary>
    /// The LLM answer that failed its checks and was replaced by this (extractive) summary: kept for an editor to
    /// review under <see cref="ValidationIssues"/>, never shown as a summary. Null otherwise.
    /// </summary>
    public string? RejectedAnswer { get; init; }

    /// <summary>
    /// Set when the LLM was wanted but could not be asked (outage, open circuit, spent budget) and this extractive summary
    /// stands in: when the worker should ask the LLM again. Not stored with the summary; the worker queues the article.
    /// </summary>
    public DateTimeOffset? RetryLlmAfter { get; init; }
}
