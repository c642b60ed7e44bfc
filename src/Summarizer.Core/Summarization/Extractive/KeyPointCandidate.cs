namespace Summarizer.Summarization.Extractive;

/// <summary>A sentence shortened into a possible key point, with its relevance and its terms for redundancy checks.</summary>
/// <param name="Offset">Where the point starts in its sentence: a later clause of a long sentence comes after its head.</param>
/// <param name="Words">Its distinct normalized surface words: what a reader sees repeat.</param>
/// <param name="LeansBack">A demonstrative in its first clause points at what was said before ("أكد أن ذلك ..."): a point only right after that sentence.</param>
internal sealed record KeyPointCandidate(ArticleSentence Sentence, string Text, double Relevance, IReadOnlySet<string> ContentTerms, IReadOnlySet<string> AllTerms, IReadOnlySet<string> Words, int Offset = 0, bool LeansBack = false);
