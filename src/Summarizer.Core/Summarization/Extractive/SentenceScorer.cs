namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Combines position (news put the main fact first), centrality, overlap with the title and length.
/// The summary score leans on position: on news the lead is a strong baseline that centrality alone loses to.
/// Key points lean on centrality and title overlap, with a milder position prior.
/// </summary>
internal static class SentenceScorer
{
    /// <summary>Sentence lengths (words) that read as one self-contained fact.</summary>
    private const int IdealMinWords = 8;
    private const int IdealMaxWords = 40;

    public static SentenceFeatures[] Features(IReadOnlyList<ArticleSentence> sentences, IReadOnlyList<string> titleTerms)
    {
        var centrality = LexRank.Centrality(sentences);
        return sentences.Select((s, i) => new SentenceFeatures(
            Position: 1.0 / (1 + s.Index),
            Centrality: centrality[i],
            Title: TermOverlap.Recall(s.Terms, titleTerms),
            Length: LengthFit(s.WordCount))).ToArray();
    }

    public static double SummaryScore(SentenceFeatures f, ArticleSentence s, ExtractiveSummarizerOptions o) =>
        ((o.PositionWeight * f.Position) + (o.CentralityWeight * f.Centrality) + (o.TitleWeight * f.Title)) * f.Length
        * (s.IsQuestion || s.IsHeading ? 0.5 : 1.0);

    public static double KeyPointScore(SentenceFeatures f, ArticleSentence s, ExtractiveSummarizerOptions o) =>
        ((o.PositionWeight * Math.Sqrt(f.Position)) + (o.CentralityWeight * 2 * f.Centrality) + (o.TitleWeight * f.Title)) * f.Length
        * (s.IsQuestion || s.IsHeading ? 0.3 : 1.0)
        * (OpensWithReference(s.Text) ? 0.6 : 1.0);

    /// <summary>
    /// A bullet read alone must make sense: one that opens by pointing back ("يأتي ذلك", "وتأتي هذه التطورات")
    /// needs the sentence before it, so it is a weaker key point than a self-contained fact.
    /// </summary>
    internal static bool OpensWithReference(string sentence)
    {
        var words = sentence.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        return words.Take(3).Any(w => Demonstratives.Contains(w.TrimStart('و', 'ف').TrimEnd('،', ',')));
    }

    private static readonly HashSet<string> Demonstratives = new(StringComparer.Ordinal)
    {
        "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "ذاك", "هذان", "هاتان",
    };

    private static double LengthFit(int words) => words switch
    {
        < IdealMinWords => (double)words / IdealMinWords,
        > IdealMaxWords => Math.Max(0.3, (double)IdealMaxWords / words),
        _ => 1.0,
    };
}
