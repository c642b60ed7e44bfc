namespace Summarizer.Extraction;

/// <summary>Guesses the language of a text from its script when the page does not declare one.</summary>
public static class LanguageGuess
{
    public static string FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int arabic = 0, latin = 0;
        foreach (var c in text)
        {
            if (Text.ArabicScript.IsArabicCodePoint(c))
            {
                if (char.IsLetter(c))
                {
                    arabic++;
                }
            }
            else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F')
            {
                latin++;
            }
        }

        if (arabic == 0 && latin == 0)
        {
            return "und";
        }

        return arabic >= latin ? "ar" : "und";
    }

    /// <summary>The primary subtag of a BCP 47 tag, lowercase: <c>ar-AR</c> → <c>ar</c>, <c>en-US</c> → <c>en</c>; "und" for none.</summary>
    public static string Primary(string? language) =>
        ((language ?? "").Split('-', '_')[0] is { Length: > 0 } primary ? primary : "und").ToLowerInvariant();

    /// <summary>Right-to-left for Arabic-script and Hebrew languages.</summary>
    public static string DirectionOf(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var primary = Primary(language);
        return primary is "ar" or "fa" or "ur" or "he" or "ps" or "ckb" or "ug" or "yi" or "dv" ? "rtl" : "ltr";
    }
}
