namespace Summarizer.Text;

/// <summary>
/// Splits text into words: runs of letters, combining marks and digits. A number keeps its inner
/// decimal point or digit-group separator (<c>3.5</c>, <c>2,000</c>, <c>٣٫٥</c>) as one word.
/// </summary>
public static class WordTokenizer
{
    /// <summary>The words of <paramref name="text"/>, in order, exactly as written.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsInnerNumberSeparator(text, i)))
            {
                i++;
            }

            words.Add(text[start..i]);
        }

        return words;
    }

    /// <summary>The number of words in <paramref name="text"/>.</summary>
    public static int Count(string text) => Words(text).Count;

    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsInnerNumberSeparator(string text, int i) =>
        text[i] is '.' or ',' or '\u066B' or '\u066C'
        && i > 0 && i + 1 < text.Length
        && ArabicDigits.IsDigit(text[i - 1]) && ArabicDigits.IsDigit(text[i + 1]);
}
