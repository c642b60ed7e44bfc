namespace Summarizer.Extraction.Metadata;

/// <summary>Maps Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII so numbers parse with InvariantCulture.</summary>
public static class ArabicDigits
{
    public static string ToAscii(string text)
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
                var c = source[i];
                span[i] = c switch
                {
                    >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                    _ => c,
                };
            }
        });
    }
}
