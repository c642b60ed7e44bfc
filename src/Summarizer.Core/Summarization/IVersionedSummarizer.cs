namespace Summarizer.Summarization;

/// <summary>
/// Optional on an <see cref="IArticleSummarizer"/>: the model and prompt version it will write into its
/// summaries, so the worker can find a stored summary before paying for a new one. Without it the newest stored
/// summary of the same text and summarizer name is reused.
/// </summary>
public interface IVersionedSummarizer
{
    string? Model { get; }

    string PromptVersion { get; }
}
