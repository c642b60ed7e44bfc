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
}
