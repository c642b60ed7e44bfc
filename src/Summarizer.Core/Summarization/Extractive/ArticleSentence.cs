namespace Summarizer.Summarization.Extractive;

/// <summary>One sentence of the article: its text, where it stands, and its content terms (normalized stems).</summary>
internal sealed record ArticleSentence(string Text, int Index, int Paragraph, int IndexInParagraph, IReadOnlyList<string> Terms, int WordCount)
{
    public bool IsQuestion => Text.TrimEnd('"', '»', '”', ')', ' ').EndsWith('؟') || Text.TrimEnd('"', '»', '”', ')', ' ').EndsWith('?');
}
