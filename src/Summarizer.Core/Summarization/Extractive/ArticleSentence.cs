using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>One sentence of the article: its text, where it stands, and its content terms (normalized stems).</summary>
/// <param name="IsHeading">The whole paragraph is this one sentence and it has no final punctuation: a subheading or a caption.</param>
internal sealed record ArticleSentence(string Text, int Index, IReadOnlyList<string> Terms, int WordCount, bool IsHeading = false)
{
    public bool IsQuestion => SentenceEnd.LastMark(Text) is '؟' or '?';
}
