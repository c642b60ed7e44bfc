namespace Summarizer.Text;

/// <summary>Which characters are Arabic-script letters: one definition for stemming, language guessing and the LLM checks.</summary>
public static class ArabicScript
{
    /// <summary>Arabic, Arabic Supplement, Arabic Extended-A and the presentation forms.</summary>
    public static bool IsArabicCodePoint(char c) =>
        c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF'
            or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>The share of the letters in <paramref name="text"/> that are Arabic; 0 when it has no letters.</summary>
    public static double LetterShare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = 0;
        var arabic = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (IsArabicCodePoint(c))
                {
                    arabic++;
                }
            }
        }

        return letters == 0 ? 0 : (double)arabic / letters;
    }
}
