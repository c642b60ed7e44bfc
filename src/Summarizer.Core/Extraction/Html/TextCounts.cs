namespace Summarizer.Extraction.Html;

/// <summary>Character statistics of a run of text: what the scoring needs, counted once per text node.</summary>
internal static class TextCounts
{
    /// <summary>Letters and digits, the unit of every length in the extractor (whitespace and markup noise excluded).</summary>
    public static int Letters(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Clause punctuation, Latin and Arabic: prose has it, menus and link lists do not.</summary>
    public static int Commas(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (c is ',' or '،' or '؛' or ';' or '，' or '、')
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Sentence-final punctuation, including the Arabic question mark.</summary>
    public static bool EndsSentence(string text) =>
        Text.SentenceEnd.LastMark(text) is '.' or '!' or '?' or '؟' or '…' or ':' or '。' or '؛';
}
