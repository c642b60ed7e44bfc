using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Summarizer.Text;

namespace Summarizer.Web.Search;

/// <summary>
/// Marks the words of a text that a search matched, on the text as written (with its hamzas and diacritics): a word is
/// marked when its <see cref="ArabicSearchText"/> form, or one of that form's <see cref="ArabicSearchText.Stems"/> (without a
/// definite article and its clitics), starts with a form of a query term: the same rule the stores apply.
/// <see cref="Html"/> encodes the text itself; <see cref="Split"/> gives the plain parts.
/// </summary>
internal static class Highlighter
{
    /// <summary>Words up to this long are folded on the stack; a search page folds every word of twenty summaries.</summary>
    private const int StackWord = 64;

    /// <summary>Every form of every term, once: a word is marked when it (or a stem of it) starts with any of them.</summary>
    public static string[] Forms(IReadOnlyList<IReadOnlyList<string>> terms) =>
        terms.SelectMany(t => t).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The parts of <paramref name="text"/>, those that match one of <paramref name="forms"/> (<see cref="Forms"/>) marked.</summary>
    public static IReadOnlyList<(string Text, bool Match)> Split(string? text, string[] forms) =>
        string.IsNullOrEmpty(text) ? [] : Ranges(text, forms).Select(r => (text.Substring(r.Start, r.Length), r.Match)).ToList();

    /// <summary>
    /// The text HTML-encoded, each matched word in <c>&lt;mark&gt;</c>: one string for the page to write as markup, not a
    /// render frame and a substring per part (a search page marks six or more texts in each of twenty summaries).
    /// </summary>
    public static string Html(string? text, string[] forms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        using var html = new StringWriter(new StringBuilder(text.Length + 64), CultureInfo.InvariantCulture);
        foreach (var (start, length, match) in Ranges(text, forms))
        {
            if (match)
            {
                html.Write("<mark>");
            }

            Encoder.Encode(html, text, start, length);
            if (match)
            {
                html.Write("</mark>");
            }
        }

        return html.ToString();
    }

    /// <summary>As the pages encode text: every script left as it is, markup characters encoded.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static List<(int Start, int Length, bool Match)> Ranges(string text, string[] forms)
    {
        var parts = new List<(int, int, bool)>();
        if (forms.Length == 0)
        {
            parts.Add((0, text.Length, false));
            return parts;
        }

        Span<char> stack = stackalloc char[StackWord];
        var start = 0;
        var plainFrom = 0;
        while (start < text.Length)
        {
            if (!IsWordChar(text[start]))
            {
                start++;
                continue;
            }

            var end = start;
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }

            var folded = end - start <= StackWord ? stack : new char[end - start];
            var length = 0;
            for (var i = start; i < end; i++)
            {
                if (ArabicSearchText.Fold(text[i]) is { } c)
                {
                    folded[length++] = c;
                }
            }

            if (Matches(folded[..length], forms))
            {
                if (start > plainFrom)
                {
                    parts.Add((plainFrom, start - plainFrom, false));
                }

                parts.Add((start, end - start, true));
                plainFrom = end;
            }

            start = end;
        }

        if (plainFrom < text.Length)
        {
            parts.Add((plainFrom, text.Length - plainFrom, false));
        }

        return parts;
    }

    /// <summary>The word as written or, when it has an article prefix, one of its stems starts with a form of a term.</summary>
    private static bool Matches(ReadOnlySpan<char> word, string[] forms)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (AnyFormMatches(word, forms))
        {
            return true;
        }

        // Only a word with an article prefix has stems: the string is made for those alone.
        if (ArabicSearchText.ArticlePrefixLength(word) == 0)
        {
            return false;
        }

        var stems = ArabicSearchText.Stems(word.ToString());
        for (var i = 0; i < stems.Count; i++)
        {
            if (AnyFormMatches(stems[i], forms))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyFormMatches(ReadOnlySpan<char> word, string[] forms)
    {
        // index loops over arrays: no enumerator per word
        for (var i = 0; i < forms.Length; i++)
        {
            var form = forms[i];
            if (form.Length > 1 ? word.StartsWith(form, StringComparison.Ordinal) : word.SequenceEqual(form))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Letters, digits and the marks written on them (diacritics, tatweel) belong to the word.</summary>
    private static bool IsWordChar(char c) => c switch
    {
        // Arabic letters, tatweel and diacritics, and ASCII, answered without a Unicode table lookup
        >= '\u0621' and <= '\u065F' or '\u0670' => true,
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' => true,
        < '\u0080' => false,
        _ => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark,
    };
}
