using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>One sentence of the article: its text, where it stands, and its content terms (normalized stems).</summary>
/// <param name="IsHeading">The whole paragraph is this one sentence and it has no final punctuation: a subheading or a caption.</param>
/// <param name="IsWhole">False for a piece of a run-on that the splitter had to cut: never a key point as it is.</param>
/// <param name="StartsSentence">True unless this is a later piece of a cut run-on (the first piece may still give a clause cut).</param>
/// <param name="Paragraph">The paragraph the sentence is in: a speaker's words run on from "قال X:" to the paragraph's end.</param>
internal sealed record ArticleSentence(string Text, int Index, IReadOnlyList<string> Terms, int WordCount, bool IsHeading = false, bool IsWhole = true, bool StartsSentence = true, int Paragraph = -1)
{
    public bool IsQuestion => SentenceEnd.LastMark(Text) is '؟' or '?';

    /// <summary>The short items that follow a sentence ending with a colon, one paragraph each ("المنتخب المصري").</summary>
    public IReadOnlyList<string> ListItems { get; init; } = [];
}
