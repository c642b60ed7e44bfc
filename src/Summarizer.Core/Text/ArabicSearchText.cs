using System.Text;

namespace Summarizer.Text;

/// <summary>
/// The one spelling-folding that search applies to stored text and to queries alike, so "أمريكا" finds "امريكا":
/// alef forms (أ إ آ ٱ) → ا, ى → ي, ة → ه, Arabic diacritics (U+064B–U+065F, U+0670) and tatweel removed, Eastern and
/// Persian digits → ASCII, lower case. The store migrations repeat exactly these rules in SQL (maintained on write);
/// a test holds both sides to the same answers. Query words also drop a definite article and the clitics before it
/// (<see cref="Stems"/>), which the stores index both ways.
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

    /// <summary>
    /// The words of a query, normalized: letters and digits only, so no FTS or SQL syntax survives. Each word is given as the
    /// forms a store looks it up by, any of which may match: the word itself, or, when it starts with a definite article and
    /// its clitics, its <see cref="Stems"/> ("الحكومة" → [حكومه]; "لليل" → [ليل]; "لليمون" → [يمون, ليمون]). The stores index
    /// every word both as written and as its stems, so a stem finds the word however it was prefixed.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Terms(string? query)
    {
        var terms = new List<IReadOnlyList<string>>();
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
                var written = word.Length > MaxTermLength ? word.ToString(0, MaxTermLength) : word.ToString();
                var stems = Stems(written);
                IReadOnlyList<string> forms = stems.Count > 0 ? stems : [written];
                if (!terms.Any(t => t.SequenceEqual(forms, StringComparer.Ordinal)))
                {
                    terms.Add(forms);
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
    /// so they stay. The store migrations repeat this list (006_article_prefixes, 008_search_stems).
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
    /// The forms a normalized word is indexed under besides itself: without its definite article and the clitics before it,
    /// when at least <see cref="MinStemLength"/> letters remain ("والحكومة", "للحكومة" → حكومه; "الذي" → none). A word
    /// starting with لل (ل + ال, also after و or ف) may also be ل + ال + a word that starts with ل, written with one lam
    /// less ("لليل" = ل + الليل, "لله" = ل + الله): it also gives ل + the rest ("لليل" → ليل), again only when that is at
    /// least <see cref="MinStemLength"/> letters. The store migrations (008_search_stems) repeat exactly this rule.
    /// </summary>
    public static IReadOnlyList<string> Stems(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var prefix = ArticlePrefixLength(word);
        if (prefix == 0)
        {
            return [];
        }

        var rest = word[prefix..];
        var stems = new List<string>(2);
        if (rest.Length >= MinStemLength)
        {
            stems.Add(rest);
        }

        if (word[prefix - 1] == '\u0644' && word[prefix - 2] == '\u0644' && rest.Length + 1 >= MinStemLength)
        {
            stems.Add("\u0644" + rest);
        }

        return stems;
    }

    /// <summary>The length of the article prefix a normalized word starts with, 0 when none (what the stores strip when indexing).</summary>
    public static int ArticlePrefixLength(ReadOnlySpan<char> word)
    {
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
        // ASCII and the Arabic block first, without a culture lookup: the highlighter folds every word of every result.
        < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c,
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
        '\u0649' => '\u064A',
        '\u0629' => '\u0647',
        '\u0640' or '\u0670' or (>= '\u064B' and <= '\u065F') => null,
        >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9' => ArabicDigits.Fold(c),
        >= '\u0600' and <= '\u06FF' => c,
        _ => char.ToLowerInvariant(c),
    };
}
