using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Summarization.Llm;

namespace Summarizer.Summarization;

internal sealed class SummarizerSelector : ISummarizerSelector
{
    public const string ExtractiveName = "extractive";
    public const string LlmName = "llm";

    private readonly IArticleSummarizer? _llm;
    private readonly IArticleSummarizer? _auto;
    private readonly IEnumerable<IArticleSummarizer> _summarizers;

    public SummarizerSelector(
        IEnumerable<IArticleSummarizer> summarizers, IOptions<LlmOptions> options, TimeProvider time, ILogger<FallbackSummarizer> logger)
    {
        _summarizers = summarizers;
        _llm = summarizers.FirstOrDefault(s => s.Name == LlmName);
        _auto = _llm is null ? null : new FallbackSummarizer(_llm, Extractive(), options, time, logger);
    }

    /// <summary><c>llm</c> is the LLM or an error; <c>auto</c> is the LLM with the extractive summary behind it.</summary>
    public IArticleSummarizer Select(SummarizerChoice choice) => choice switch
    {
        SummarizerChoice.Llm => _llm ?? throw new SummarizerException(FailureKind.BadInput,
            "--summarizer llm needs an LLM: set Summarizer__Llm__Provider, Summarizer__Llm__Model and the endpoint or key"),
        SummarizerChoice.Auto => _auto ?? Extractive(),
        _ => Extractive(),
    };

    private IArticleSummarizer Extractive() =>
        _summarizers.FirstOrDefault(s => s.Name == ExtractiveName)
        ?? throw new InvalidOperationException("The extractive summarizer is not registered.");
}
