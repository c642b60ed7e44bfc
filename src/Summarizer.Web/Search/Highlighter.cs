using System.Globalization;
using Summarizer.Text;

namespace Summarizer.Web.Search;

/// <summary>
/// Marks the words of a text that a search matched, on the text as written (with its hamzas and diacritics): a word is
/// marked when its <see cref="ArabicSearchText"/> form, or one of that form's <see cref="ArabicSearchText.Stems"/> (without a
/// definite article and its clitics), starts with a form of a query term: the same rule the stores apply.
/// Returns plain parts; the page encodes them.
/// </summary>
internal static class Highlighter
{
    /// <summary>Words up to this long are folded on the stack; a search page folds every word of twenty summaries.</summary>
    private const int StackWord = 64;

    public static IReadOnlyList<(string Text, bool Match)> Split(string? text, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        var parts = new List<(string, bool)>();
        if (string.IsNullOrEmpty(text))
        {
            return parts;
        }

        if (terms.Count == 0)
        {
            parts.Add((text, false));
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

            if (Matches(folded[..length], terms))
            {
                if (start > plainFrom)
                {
                    parts.Add((text[plainFrom..start], false));
                }

                parts.Add((text[start..end], true));
                plainFrom = end;
            }

            start = end;
        }

        if (plainFrom < text.Length)
        {
            parts.Add((text[plainFrom..], false));
        }

        return parts;
    }

    /// <summary>The word as written or, when it has an article prefix, one of its stems starts with a form of a term.</summary>
    private static bool Matches(ReadOnlySpan<char> word, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (AnyTermMatches(word, terms))
        {
            return true;
        }

        // Only a word with an article prefix has stems: the string is made for those alone.
        if (ArabicSearchText.ArticlePrefixLength(word) == 0)
        {
            return false;
        }

        foreach (var stem in ArabicSearchText.Stems(word.ToString()))
        {
            if (AnyTermMatches(stem, terms))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyTermMatches(ReadOnlySpan<char> word, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        foreach (var forms in terms)
        {
            foreach (var form in forms)
            {
                if (form.Length > 1 ? word.StartsWith(form, StringComparison.Ordinal) : word.SequenceEqual(form))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Letters, digits and the marks written on them (diacritics, tatweel) belong to the word.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '\u0640' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
