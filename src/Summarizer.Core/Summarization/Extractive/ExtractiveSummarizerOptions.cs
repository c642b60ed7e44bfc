using System.ComponentModel.DataAnnotations;

namespace Summarizer.Summarization.Extractive;

public sealed class ExtractiveSummarizerOptions
{
    public const string SectionName = "Summarizer:Extractive";

    /// <summary>The most sentences in the summary paragraph; a second one is added only when the first is short.</summary>
    [Range(1, 3)]
    public int SummarySentences { get; set; } = 2;

    /// <summary>A summary shorter than this (words) takes the next sentence too, when <see cref="SummarySentences"/> allows.</summary>
    [Range(0, 60)]
    public int MinSummaryWords { get; set; } = 10;

    /// <summary>
    /// Whether a lead opening with a reporting verb is put in the present-tense nominal form of news summaries
    /// ("قال X إن ..." → "X يقول إن ..."); the words themselves are kept.
    /// </summary>
    public bool HeadlineStyleSummary { get; set; } = true;

    [Range(1, 5)]
    public int MinKeyPoints { get; set; } = 3;

    [Range(3, 5)]
    public int MaxKeyPoints { get; set; } = 5;

    /// <summary>
    /// The longest key point, in words. A whole sentence up to this length is kept rather than cut: real news sentences
    /// run 30–60 words, and a shorter key point is only taken when a whole clause can be removed cleanly.
    /// </summary>
    [Range(8, 60)]
    public int MaxKeyPointWords { get; set; } = 40;

    /// <summary>The length a key point should have, in words: longer sentences are shortened when a clean cut allows and rank lower.</summary>
    [Range(8, 60)]
    public int PreferredKeyPointWords { get; set; } = 25;

    /// <summary>Articles with fewer words than this are "not enough text".</summary>
    [Range(1, 1000)]
    public int MinArticleWords { get; set; } = 25;

    /// <summary>Weight of the position prior (1 for the lead sentence, 1/(1+i) after).</summary>
    [Range(0.0, 10.0)]
    public double PositionWeight { get; set; } = 1.0;

    /// <summary>Weight of LexRank centrality.</summary>
    [Range(0.0, 10.0)]
    public double CentralityWeight { get; set; } = 0.3;

    /// <summary>Weight of the share of title terms a sentence contains.</summary>
    [Range(0.0, 10.0)]
    public double TitleWeight { get; set; } = 0.3;
}
