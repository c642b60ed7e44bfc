namespace Summarizer.Summarization.Llm;

/// <summary>What happens when an answer still fails validation after the one repair request.</summary>
public enum LlmValidationFallback
{
    /// <summary>Keep the LLM answer with <c>grounded: false</c> and the reasons.</summary>
    KeepUngrounded,

    /// <summary>Use the extractive summary instead, with the reasons in its validation issues.</summary>
    Extractive,
}
