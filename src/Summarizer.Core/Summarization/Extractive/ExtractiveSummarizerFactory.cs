using Microsoft.Extensions.Options;

namespace Summarizer.Summarization.Extractive;

/// <summary>Builds the extractive summarizer without a service container (benchmarks, tools, tests).</summary>
public static class ExtractiveSummarizerFactory
{
    public static IArticleSummarizer Create(ExtractiveSummarizerOptions? options = null) =>
        new ExtractiveSummarizer(Options.Create(options ?? new ExtractiveSummarizerOptions()));
}
