namespace Summarizer.Summarization.Extractive;

/// <summary>A sentence shortened into a possible key point, with its relevance and its terms for redundancy checks.</summary>
/// <param name="Offset">Where the point starts in its sentence: a later clause of a long sentence comes after its head.</param>
/// <param name="Words">Its distinct normalized surface words: what a reader sees repeat.</param>
/// <param name="LeansBack">A demonstrative in its first clause points at what was said before ("أكد أن ذلك ..."): a point only right after that sentence.</param>
/// <param name="Claim">What it states, to tell a restatement of a fact already in the box.</param>
internal sealed record KeyPointCandidate(ArticleSentence Sentence, string Text, double Relevance, IReadOnlySet<string> ContentTerms, IReadOnlySet<string> AllTerms, IReadOnlySet<string> Words, int Offset = 0, bool LeansBack = false, Restatement? Claim = null)
{
    /// <summary>It is the lead that states again the standfirst the summary was made of.</summary>
    public bool RestatesStandfirst { get; init; }

    /// <summary>The noun a leading demonstrative names ("تلك الزيارة"): the box must have told of it before.</summary>
    public string? LeansOn { get; init; }
}
