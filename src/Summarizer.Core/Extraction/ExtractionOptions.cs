using System.ComponentModel.DataAnnotations;

namespace Summarizer.Extraction;

public sealed class ExtractionOptions
{
    public const string SectionName = "Summarizer:Extraction";

    /// <summary>Fewer letters than this in the body and the page is "not an article".</summary>
    [Range(0, 100_000)]
    public int MinArticleLetters { get; set; } = 200;
}
