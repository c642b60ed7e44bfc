namespace Summarizer.Summarization.Llm.Answers;

/// <summary>What the model answered, once parsed: a summary and its key points.</summary>
internal sealed record LlmAnswer(string Summary, IReadOnlyList<string> KeyPoints);
