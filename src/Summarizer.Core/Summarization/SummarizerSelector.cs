namespace Summarizer.Summarization;

internal sealed class SummarizerSelector(IEnumerable<IArticleSummarizer> summarizers) : ISummarizerSelector
{
    public const string ExtractiveName = "extractive";
    public const string LlmName = "llm";

    public IArticleSummarizer Select(SummarizerChoice choice)
    {
        var llm = summarizers.FirstOrDefault(s => s.Name == LlmName);
        return choice switch
        {
            SummarizerChoice.Llm => llm ?? throw new SummarizerException(FailureKind.BadInput,
                "--summarizer llm needs an LLM: set Summarizer__Llm__Provider, Summarizer__Llm__Model and the endpoint or key"),
            SummarizerChoice.Auto => llm ?? Extractive(),
            _ => Extractive(),
        };
    }

    private IArticleSummarizer Extractive() =>
        summarizers.FirstOrDefault(s => s.Name == ExtractiveName)
        ?? throw new InvalidOperationException("The extractive summarizer is not registered.");
}
