using System.Collections.Frozen;
using System.Text;
using Summarizer.Text;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Consonant skeletons that let an Arabic name be compared with its Latin spelling in a host name: vowels and weak
/// letters are dropped, letters that Latin writes alike fall together (<c>Data/latin-arabic-letters.txt</c>).
/// "العربية" and "alarabiya" both give "lrb"... after the article "al"/"ال" is dropped: "rb".
/// </summary>
internal static class LatinSkeleton
{
    private static readonly FrozenDictionary<char, char?> ArabicToLatin = DataFile.Pairs("latin-arabic-letters.txt")
        .Where(p => p.Key.Length == 1)
        .ToFrozenDictionary(p => p.Key[0], p => p.Value == "-" || p.Value.Length == 0 ? (char?)null : p.Value[0]);

    public static string OfArabic(string text)
    {
        var builder = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 ? word[2..] : word;
            foreach (var c in w)
            {
                if (ArabicToLatin.TryGetValue(c, out var latin) && latin is { } l && (builder.Length == 0 || builder[^1] != l))
                {
                    builder.Append(l);
                }
            }
        }

        return builder.ToString();
    }

    public static string OfLatin(string text)
    {
        var t = text.ToLowerInvariant();
        t = t.StartsWith("al", StringComparison.Ordinal) && t.Length > 4 ? t[2..] : t;
        var builder = new StringBuilder();
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            char? mapped = c switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'h' or '\'' => null,
                'z' or 'c' => 's',
                'q' or 'x' => 'k',
                'g' when i + 1 < t.Length && t[i + 1] == 'h' => 'g',
                'p' => 'b',
                'v' => 'f',
                _ when char.IsAsciiLetter(c) => c,
                _ => null,
            };
            if (mapped is { } m && (builder.Length == 0 || builder[^1] != m))
            {
                builder.Append(m);
            }
        }

        return builder.ToString();
    }
}
