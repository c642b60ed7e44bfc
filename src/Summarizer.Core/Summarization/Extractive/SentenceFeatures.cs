namespace Summarizer.Summarization.Extractive;

/// <summary>The signals one sentence is ranked by, each in [0, 1].</summary>
/// <param name="Position">1 for the lead sentence, falling as 1/(1+i) with the sentence index i.</param>
/// <param name="Centrality">LexRank centrality, 1 for the most central sentence.</param>
/// <param name="Title">Share of the title's content terms the sentence contains.</param>
/// <param name="Length">1 for sentences of a summary's length, less for fragments and run-ons.</param>
internal sealed record SentenceFeatures(double Position, double Centrality, double Title, double Length);
