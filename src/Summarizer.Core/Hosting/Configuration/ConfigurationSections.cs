using Summarizer.Extraction;
using Summarizer.Fetching;
using Summarizer.Fetching.Politeness;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Summarization;
using Summarizer.Summarization.Extractive;
using Summarizer.Summarization.Llm;
using Summarizer.Worker;

namespace Summarizer.Hosting.Configuration;

/// <summary>Every options section the host binds, so a setting can be checked before any of them is bound.</summary>
internal static class ConfigurationSections
{
    /// <summary>The pipeline's sections, which every command uses.</summary>
    public static readonly IReadOnlyList<(string Section, Type Options)> Pipeline =
    [
        (FetchingOptions.SectionName, typeof(FetchingOptions)),
        (ExtractionOptions.SectionName, typeof(ExtractionOptions)),
        (SummaryContract.SectionName, typeof(SummaryContract)),
        (ExtractiveSummarizerOptions.SectionName, typeof(ExtractiveSummarizerOptions)),
        (LlmOptions.SectionName, typeof(LlmOptions)),
    ];

    public static readonly IReadOnlyList<(string Section, Type Options)> Store = [(StorageOptions.SectionName, typeof(StorageOptions))];

    /// <summary>The worker's sections; <c>Summarizer:Sources</c> is a list and checked on its own.</summary>
    public static readonly IReadOnlyList<(string Section, Type Options)> Worker =
    [
        (WorkerOptions.SectionName, typeof(WorkerOptions)),
        (PolitenessOptions.SectionName, typeof(PolitenessOptions)),
    ];
}
