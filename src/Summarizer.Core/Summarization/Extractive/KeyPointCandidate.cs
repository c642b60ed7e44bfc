namespace Summarizer.Summarization.Extractive;

/// <summary>A sentence shortened into a possible key point, with its relevance and its terms for redundancy checks.</summary>
internal sealed record KeyPointCandidate(ArticleSentence Sentence, string Text, double Relevance, IReadOnlySet<string> ContentTerms, IReadOnlySet<string> AllTerms);
