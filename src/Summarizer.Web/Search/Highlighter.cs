using System.Globalization;
using Summarizer.Text;

namespace Summarizer.Web.Search;

/// <summary>
/// Marks the words of a text that a search matched, on the text as written (with its hamzas and diacritics): a word is
/// marked when its <see cref="ArabicSearchText"/> form, or that form without a definite article and its clitics
/// (<see cref="ArabicSearchText.ArticlePrefixLength"/>), starts with a query term: the same rule the stores apply.
/// Returns plain parts; the page encodes them.
/// </summary>
internal static class Highlighter
{
    public static IReadOnlyList<(string Text, bool Match)> Split(string? text, IReadOnlyList<string> terms)
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

            var word = ArabicSearchText.Normalize(text[start..end]);
            var stem = word[ArabicSearchText.ArticlePrefixLength(word)..];
            if (terms.Any(t => Matches(word, t) || Matches(stem, t)))
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

    private static bool Matches(string word, string term) =>
        term.Length > 1 ? word.StartsWith(term, StringComparison.Ordinal) : word == term;

    /// <summary>Letters, digits and the marks written on them (diacritics, tatweel) belong to the word.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '\u0640' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
