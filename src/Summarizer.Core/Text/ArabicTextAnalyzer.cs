using System.Buffers;
using System.Collections.Frozen;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.En;

namespace Summarizer.Text;

/// <summary>
/// Arabic text helpers on top of Lucene.Net's Arabic analysis: <see cref="ArabicNormalizer"/>
/// (alef/yeh/teh-marbuta folding, no diacritics or tatweel), <see cref="ArabicStemmer"/> (light prefix and
/// suffix stripping) and <see cref="ArabicAnalyzer.DefaultStopSet"/>. Latin-script words get lower-casing,
/// <see cref="EnglishAnalyzer.DefaultStopSet"/> and <see cref="EnglishMinimalStemmer"/>.
/// Thread-safe: the Lucene classes used are stateless and every call works on its own buffer.
/// </summary>
public sealed class ArabicTextAnalyzer
{
    private static readonly ArabicNormalizer Normalizer = new();
    private static readonly ArabicStemmer ArStemmer = new();
    private static readonly EnglishMinimalStemmer EnStemmer = new();

    private static readonly FrozenSet<string> NegationWords = FrozenSet.ToFrozenSet(
        ["لا", "لم", "لن", "ليس", "ليست", "ليسا", "ليسوا", "لست", "لسنا", "غير", "عدم", "بدون", "دون", "لما",
         "not", "no", "never", "none", "nor", "without", "cannot"],
        StringComparer.Ordinal);

    private readonly FrozenSet<string> _stopWords;

    public ArabicTextAnalyzer()
    {
        var stop = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ArabicAnalyzer.DefaultStopSet)
        {
            stop.Add(Normalize(word));
        }

        foreach (var word in EnglishAnalyzer.DefaultStopSet)
        {
            stop.Add(word);
        }

        // Negations are function words, but a grounding check must see them: never treat them as stop words.
        stop.ExceptWith(NegationWords.Select(Normalize));
        _stopWords = stop.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>A shared instance (the analyzer holds no mutable state).</summary>
    public static ArabicTextAnalyzer Default { get; } = new();

    /// <summary>
    /// Lucene's Arabic normalization (أ إ آ → ا, ى → ي, ة → ه, no diacritics or tatweel), Eastern Arabic digits
    /// folded to ASCII, lower case. Works on words and on whole texts.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            for (var i = 0; i < text.Length; i++)
            {
                buffer[i] = char.ToLowerInvariant(ArabicDigits.Fold(text[i]));
            }

            var length = Normalizer.Normalize(buffer, text.Length);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The normalized stem of one word (Lucene's Arabic light stemmer; English minimal stemmer for Latin script).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return StemNormalized(Normalize(word));
    }

    private static string StemNormalized(string normalized)
    {
        if (normalized.Length < 3)
        {
            return normalized;
        }

        var buffer = normalized.ToCharArray();
        var length = IsArabic(normalized) ? ArStemmer.Stem(buffer, buffer.Length) : EnStemmer.Stem(buffer, buffer.Length);
        return length <= 0 ? normalized : new string(buffer, 0, length);
    }

    /// <summary>Whether <paramref name="word"/> (any spelling: with or without hamza, diacritics, case) is a stop word.</summary>
    public bool IsStopWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _stopWords.Contains(Normalize(word));
    }

    /// <summary>Whether <paramref name="word"/> is a negation (لا، لم، لن، ليس، غير، عدم، دون، not, no, never...), also with a و/ف prefix.</summary>
    public static bool IsNegation(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var normalized = Normalize(word);
        if (NegationWords.Contains(normalized) || normalized.EndsWith("n't", StringComparison.Ordinal))
        {
            return true;
        }

        return normalized.Length > 2 && normalized[0] is 'و' or 'ف' && NegationWords.Contains(normalized[1..]);
    }

    /// <summary>
    /// The content terms of a text: words normalized and stemmed, without stop words, one-letter words and
    /// punctuation; numbers kept (ASCII digits, group separators removed). Order and repeats kept.
    /// </summary>
    public IReadOnlyList<string> ContentTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordTokenizer.Words(text);
        var terms = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (ArabicDigits.IsDigit(word[0]))
            {
                terms.Add(NumberFinder.Find(word) is [var number, ..] ? number.Value : word);
                continue;
            }

            var normalized = Normalize(word);
            if (normalized.Length < 2 || _stopWords.Contains(normalized))
            {
                continue;
            }

            var stem = StemNormalized(normalized);
            if (stem.Length >= 2 && !_stopWords.Contains(stem))
            {
                terms.Add(stem);
            }
        }

        return terms;
    }

    /// <summary>Whether the word is mostly Arabic script.</summary>
    public static bool IsArabic(string word) => ArabicScript.LetterShare(word) >= 0.5;
}
