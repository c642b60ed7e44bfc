namespace Summarizer.Text;

/// <summary>One sentence from <see cref="SentenceSplitter.Segment"/>.</summary>
/// <param name="IsWhole">False for a piece of a run-on cut at a comma or a word boundary.</param>
/// <param name="StartsSentence">True for a whole sentence and for the first piece of a run-on (it opens as the sentence does).</param>
public sealed record SplitSentence(string Text, bool IsWhole, bool StartsSentence = true);
