using System.ComponentModel.DataAnnotations;

namespace Summarizer.Extraction;

public sealed class ExtractionOptions
{
    public const string SectionName = "Summarizer:Extraction";

    /// <summary>Fewer letters than this in the body and the page is "not an article".</summary>
    [Range(0, 100_000)]
    public int MinArticleLetters { get; set; } = 200;

    /// <summary>Decoded HTML above this many characters is shrunk (scripts, styles, comments dropped, then cut) before parsing.</summary>
    [Range(10_000, 100_000_000)]
    public int MaxHtmlChars { get; set; } = 3_000_000;

    /// <summary>At most this many elements are scored; the rest of a giant page is ignored.</summary>
    [Range(100, 10_000_000)]
    public int MaxElements { get; set; } = 60_000;

    /// <summary>Elements nested deeper than this are ignored (keeps deep markup from dominating the work).</summary>
    [Range(10, 10_000)]
    public int MaxDepth { get; set; } = 180;
}
