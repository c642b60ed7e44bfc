using System.ComponentModel.DataAnnotations;

namespace Summarizer.Summarization.Extractive;

public sealed class ExtractiveSummarizerOptions
{
    public const string SectionName = "Summarizer:Extractive";

    [Range(1, 3)]
    public int SummarySentences { get; set; } = 2;

    [Range(3, 5)]
    public int MaxKeyPoints { get; set; } = 5;
}
