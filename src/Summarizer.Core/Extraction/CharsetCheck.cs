using System.Text;
using UtfUnknown;

namespace Summarizer.Extraction;

/// <summary>
/// Second opinion on a decoded page. Text read with the wrong single-byte charset shows as words made of Latin-1
/// supplement letters ("ÈÇáÝíÏíæ": windows-1256 Arabic read as windows-1252); a French or German page has accented
/// letters too, but inside mostly-ASCII words. When the words look wrong, the bytes decide: Arabic byte patterns are
/// tried as windows-1256 and ISO-8859-6 (the two Arabic code pages place letters differently, so the one that yields
/// Arabic letters and no Latin ones wins), then Mozilla's universal detector (UTF.Unknown) names the charset.
/// </summary>
internal static class CharsetCheck
{
    private const int MinSuspectWords = 8;
    private const int SampleBytes = 256 * 1024;
    private const double MinArabicShare = 0.8;

    /// <summary>Whether most words with non-ASCII letters are made mostly of Latin-1 supplement letters.</summary>
    public static bool LooksMisdecoded(string text)
    {
        int words = 0, suspect = 0, letters = 0, latin1 = 0;
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleBytes));
        foreach (var c in sample)
        {
            if (char.IsLetter(c))
            {
                letters++;
                latin1 += c is >= '\u00C0' and <= '\u00FF' ? 1 : 0;
                continue;
            }

            EndWord(ref words, ref suspect, ref letters, ref latin1);
        }

        EndWord(ref words, ref suspect, ref letters, ref latin1);
        return suspect >= MinSuspectWords && suspect * 2 > words;
    }

    /// <summary>A better decoding of <paramref name="bytes"/> than <paramref name="current"/>, or null when none is found.</summary>
    public static Encoding? Detect(ReadOnlySpan<byte> bytes, Encoding? current)
    {
        // Non-ASCII text that is valid UTF-8 is UTF-8: no single-byte text passes that check by accident.
        if (current?.CodePage != Encoding.UTF8.CodePage && System.Text.Unicode.Utf8.IsValid(bytes) && bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
        {
            return Encoding.UTF8;
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (Arabic(sample) is { } arabic)
        {
            return arabic;
        }

        var detected = CharsetDetector.DetectFromBytes(sample.ToArray()).Detected;
        if (detected?.Encoding is not { } encoding || detected.Confidence < 0.5 || encoding.CodePage == current?.CodePage)
        {
            return null;
        }

        return LooksMisdecoded(encoding.GetString(sample)) ? null : encoding;
    }

    /// <summary>windows-1256 or ISO-8859-6, whichever reads the high bytes as Arabic letters with no Latin letters among them.</summary>
    private static Encoding? Arabic(ReadOnlySpan<byte> sample)
    {
        Encoding? best = null;
        var bestScore = 0.0;
        foreach (var codePage in new[] { 1256, 28596 })
        {
            var encoding = Encoding.GetEncoding(codePage);
            var (arabic, other) = Count(encoding.GetString(sample));
            var share = arabic + other == 0 ? 0 : (double)arabic / (arabic + other);
            if (share >= MinArabicShare && share > bestScore)
            {
                (best, bestScore) = (encoding, share);
            }
        }

        return best;
    }

    /// <summary>Arabic letters against every other non-ASCII letter or unmapped character.</summary>
    private static (int Arabic, int Other) Count(string text)
    {
        int arabic = 0, other = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            if (c is >= '\u0621' and <= '\u064A')
            {
                arabic++;
            }
            else if (char.IsLetter(c) || c == '\uFFFD' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherNotAssigned)
            {
                other++;
            }
        }

        return (arabic, other);
    }

    private static void EndWord(ref int words, ref int suspect, ref int letters, ref int latin1)
    {
        if (latin1 > 0 && letters >= 3)
        {
            words++;
            suspect += latin1 * 2 > letters ? 1 : 0;
        }

        letters = latin1 = 0;
    }
}
