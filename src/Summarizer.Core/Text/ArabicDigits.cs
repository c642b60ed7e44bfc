namespace Summarizer.Text;

/// <summary>Folds Eastern Arabic (U+0660–U+0669) and Persian (U+06F0–U+06F9) digits to ASCII digits.</summary>
public static class ArabicDigits
{
    /// <summary>The ASCII digit for <paramref name="c"/>, or <paramref name="c"/> itself when it is not an Arabic-Indic digit.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    /// <summary>Whether <paramref name="c"/> is an ASCII, Eastern Arabic or Persian digit.</summary>
    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '\u0660' and <= '\u0669') or (>= '\u06F0' and <= '\u06F9');

    /// <summary>The text with every Arabic-Indic digit replaced by its ASCII digit.</summary>
    public static string ToWestern(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('\u0660', '\u06F9'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }
}
