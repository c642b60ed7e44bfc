namespace Summarizer.Summarization;

/// <summary>Picks the summarizer for a run; asking for an LLM that is not configured is a usage error.</summary>
public interface ISummarizerSelector
{
    /// <exception cref="SummarizerException">With <see cref="FailureKind.BadInput"/> when the choice cannot be met.</exception>
    IArticleSummarizer Select(SummarizerChoice choice);
}
