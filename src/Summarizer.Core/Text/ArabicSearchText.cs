using System.Globalization;
using System.Text;

namespace Summarizer.Text;

/// <summary>
/// The one spelling-folding that search applies to stored text and to queries alike, so "أمريكا" finds "امريكا":
/// alef forms (أ إ آ ٱ) → ا, ى → ي, ة → ه, Arabic diacritics (U+064B–U+065F, U+0670) and tatweel removed, Eastern and
/// Persian digits → ASCII, lower case. The store migrations repeat exactly these rules in SQL (maintained on write);
/// a test holds both sides to the same answers. Query words also drop a definite article and the clitics before it
/// (<see cref="WithoutArticle"/>), which the stores index both ways.
/// </summary>
public static class ArabicSearchText
{
    /// <summary>Query words beyond this are ignored: a 10,000-character query costs no more than a sentence.</summary>
    public const int MaxTerms = 8;

    /// <summary>Longer words are cut: no real word is this long, and a pasted blob must not become one huge term.</summary>
    public const int MaxTermLength = 40;

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Fold(c) is { } folded)
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }

    /// <summary>The words of a query, normalized: letters and digits only, so no FTS or SQL syntax survives.</summary>
    public static IReadOnlyList<string> Terms(string? query)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(query))
        {
            return terms;
        }

        var word = new StringBuilder();
        foreach (var c in Normalize(query) + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                var term = WithoutArticle(word.Length > MaxTermLength ? word.ToString(0, MaxTermLength) : word.ToString());
                if (!terms.Contains(term, StringComparer.Ordinal))
                {
                    terms.Add(term);
                }

                word.Clear();
                if (terms.Count == MaxTerms)
                {
                    break;
                }
            }
        }

        return terms;
    }

    /// <summary>
    /// The definite article with the clitics written before it, longest first: و/ف (and, so), then ب/ك (with, like), then
    /// ال; and لل, which is ل + ال with the alef dropped (للحكومة = ل + الحكومة). Bare و ف ب ك ل before a word without
    /// ال are not clitics search can tell from a first root letter (فكرة is not ف + كرة, وزير not و + زير, بريطانيا, لبنان),
    /// so they stay. The store migrations repeat this list (006_article_prefixes).
    /// </summary>
    private static readonly string[] ArticlePrefixes =
    [
        "\u0648\u0628\u0627\u0644", "\u0641\u0628\u0627\u0644", "\u0648\u0643\u0627\u0644", "\u0641\u0643\u0627\u0644", // وبال فبال وكال فكال
        "\u0648\u0627\u0644", "\u0641\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", // وال فال بال كال
        "\u0648\u0644\u0644", "\u0641\u0644\u0644", "\u0644\u0644", "\u0627\u0644", // ولل فلل لل ال
    ];

    /// <summary>A stem shorter than this keeps its prefix: الذي, التي, الله, إلى are words, not ال + two letters.</summary>
    public const int MinStemLength = 3;

    /// <summary>
    /// A normalized query word without its definite article and the clitics before it ("والحكومة", "للحكومة" and
    /// "الحكومة" all search "حكومه"), when at least <see cref="MinStemLength"/> letters remain. The stores index every
    /// word both as written and without such a prefix, so "حكومة" finds "الحكومة" and "الحكومة" finds "للحكومة".
    /// </summary>
    public static string WithoutArticle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var prefix = ArticlePrefixLength(word);
        return prefix > 0 && word.Length - prefix >= MinStemLength ? word[prefix..] : word;
    }

    /// <summary>The length of the article prefix a normalized word starts with, 0 when none (what the stores strip when indexing).</summary>
    public static int ArticlePrefixLength(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var prefix in ArticlePrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    /// <summary>The character as search stores it, or null when search drops it.</summary>
    public static char? Fold(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
        '\u0649' => '\u064A',
        '\u0629' => '\u0647',
        '\u0640' or '\u0670' or (>= '\u064B' and <= '\u065F') => null,
        >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9' => ArabicDigits.Fold(c),
        _ => char.ToLower(c, CultureInfo.InvariantCulture),
    };
}
