namespace Summarizer.Summarization;

/// <summary>Tokens an article cost across every LLM call made for it, and the price when one is configured.</summary>
public sealed record TokenUsage(int PromptTokens, int CompletionTokens, int Calls, decimal? Cost)
{
    public static TokenUsage None { get; } = new(0, 0, 0, null);

    public TokenUsage Add(TokenUsage other) =>
        new(PromptTokens + other.PromptTokens, CompletionTokens + other.CompletionTokens, Calls + other.Calls,
            Cost is null && other.Cost is null ? null : (Cost ?? 0) + (other.Cost ?? 0));
}
