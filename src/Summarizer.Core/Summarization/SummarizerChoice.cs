namespace Summarizer.Summarization;

/// <summary>Which summarizer a run asks for.</summary>
public enum SummarizerChoice
{
    /// <summary>The LLM when one is configured, the extractive summarizer otherwise.</summary>
    Auto,
    Extractive,
    Llm,
}
