namespace Summarizer.Extraction;

/// <summary>
/// The last check on decoded text: words made almost only of Latin-1 supplement letters ("ÈÇáÝíÏíæ", "éèêë ûüàâ")
/// are bytes read with the wrong single-byte charset that no detector could put right. Such a page is refused with
/// a clear reason rather than extracted and summarized as mojibake. Real Latin-script words carry an accent or
/// two among plain letters ("préféré", "Straße"); a short word like "été" is not evidence, so only words of four or
/// more letters count, and only when most of the words with such letters look like this.
/// </summary>
internal static class GarbledText
{
    private const int MinWordLetters = 4;
    private const double MinLatin1ShareOfWord = 0.75;
    private const int MinGarbledWords = 12;
    private const int SampleChars = 256 * 1024;

    public static bool IsGarbled(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleChars));
        // Most pages have no Latin-1 supplement letters at all: one vectorized search settles them.
        if (sample.IndexOfAnyInRange('\u00C0', '\u00FF') < 0)
        {
            return false;
        }

        int withLatin1 = 0, garbled = 0, letters = 0, latin1 = 0;
        foreach (var c in sample)
        {
            if (char.IsLetter(c))
            {
                letters++;
                latin1 += c is >= '\u00C0' and <= '\u00FF' and not '\u00D7' and not '\u00F7' ? 1 : 0;
                continue;
            }

            End(ref withLatin1, ref garbled, ref letters, ref latin1);
        }

        End(ref withLatin1, ref garbled, ref letters, ref latin1);
        return garbled >= MinGarbledWords && garbled * 2 > withLatin1;
    }

    private static void End(ref int withLatin1, ref int garbled, ref int letters, ref int latin1)
    {
        if (latin1 > 0 && letters >= MinWordLetters)
        {
            withLatin1++;
            garbled += latin1 >= letters * MinLatin1ShareOfWord ? 1 : 0;
        }

        letters = latin1 = 0;
    }
}
