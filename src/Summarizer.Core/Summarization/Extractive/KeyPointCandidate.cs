namespace Summarizer.Summarization.Extractive;

/// <summary>A sentence shortened into a possible key point, with its relevance and its terms for redundancy checks.</summary>
/// <param name="Words">Its distinct normalized surface words: what a reader sees repeat.</param>
internal sealed record KeyPointCandidate(ArticleSentence Sentence, string Text, double Relevance, IReadOnlySet<string> ContentTerms, IReadOnlySet<string> AllTerms, IReadOnlySet<string> Words);
