namespace Summarizer.Summarization.Extractive;

/// <summary>A space-separated token of a sentence, as the word-list rules read it.</summary>
internal static class Token
{
    private static readonly char[] Trailing = ['،', ',', ':', '.', '؛', ';', '"', '»', '”', ')'];

    private static readonly char[] Leading = ['(', '"', '«', '“'];

    /// <summary>The token without the punctuation and quotation marks glued to it ("الوزير،" → "الوزير"، "«الشعب" → "الشعب").</summary>
    public static string Bare(string token) => token.TrimEnd(Trailing).TrimStart(Leading);
}
