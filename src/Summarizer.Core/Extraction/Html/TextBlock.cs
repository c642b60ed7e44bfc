namespace Summarizer.Extraction.Html;

/// <summary>One paragraph-level block of text as collected from the DOM.</summary>
/// <param name="Text">Whitespace-collapsed text.</param>
/// <param name="Tag">The block element that opened it (p, li, h2, blockquote, div...).</param>
/// <param name="Letters">Letters and digits in the text.</param>
/// <param name="LinkLetters">Letters inside links.</param>
internal sealed record TextBlock(string Text, string Tag, int Letters, int LinkLetters)
{
    public double LinkDensity => Letters == 0 ? 0 : (double)LinkLetters / Letters;
}
