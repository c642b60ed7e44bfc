namespace Summarizer.Summarization.Llm.Client;

/// <summary>One chat completion: the text, what it cost, and why the model stopped (<c>stop</c>, <c>length</c>...).</summary>
internal sealed record LlmReply(string? Text, TokenUsage Usage, string? FinishReason);
