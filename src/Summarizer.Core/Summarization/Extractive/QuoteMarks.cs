namespace Summarizer.Summarization.Extractive;

/// <summary>The marks Arabic news opens a quotation with (", «, “) and the mark that closes each: one list for every rule that reads speech.</summary>
internal static class QuoteMarks
{
    public static readonly char[] Opening = ['"', '«', '“'];

    /// <summary>The marks that close a quotation (", », ”).</summary>
    public static readonly char[] Closings = ['"', '»', '”'];

    /// <summary>Every quotation mark, opening or closing.</summary>
    public static readonly char[] All = [.. Opening.Union(Closings)];

    public static bool Opens(char c) => c is '"' or '«' or '“';

    /// <summary>The mark that closes a quotation opened with <paramref name="open"/>.</summary>
    public static char Closing(char open) => open switch { '«' => '»', '“' => '”', _ => '"' };
}
