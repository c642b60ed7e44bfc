using Summarizer.Extraction;
using Summarizer.Fetching;
using Summarizer.Fetching.Politeness;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Summarization.Extractive;
using Summarizer.Summarization.Llm;
using Summarizer.Worker;

namespace Summarizer.Hosting.Configuration;

/// <summary>Every options section the host binds, so a setting can be checked before any of them is bound.</summary>
internal static class ConfigurationSections
{
    public static readonly IReadOnlyList<(string Section, Type Options)> All =
    [
        (FetchingOptions.SectionName, typeof(FetchingOptions)),
        (ExtractionOptions.SectionName, typeof(ExtractionOptions)),
        (ExtractiveSummarizerOptions.SectionName, typeof(ExtractiveSummarizerOptions)),
        (LlmOptions.SectionName, typeof(LlmOptions)),
        (StorageOptions.SectionName, typeof(StorageOptions)),
        (WorkerOptions.SectionName, typeof(WorkerOptions)),
        (PolitenessOptions.SectionName, typeof(PolitenessOptions)),
    ];
}
