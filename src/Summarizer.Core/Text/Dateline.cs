using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>
/// Finds a leading dateline ("دبي، الإمارات العربية المتحدة (CNN) --", "القاهرة - أ ش أ -", "(أبوظبي - البيان)",
/// "المدينة نيوز:-"): where and from whom a story was filed. It is metadata, not part of the story's first sentence,
/// so neither a summary nor a key point nor a byline should carry it. The shapes live in <c>Data/dateline-patterns.txt</c>.
/// </summary>
public static class Dateline
{
    /// <summary>A dateline is short; a longer "head" before a dash is a sentence with an aside.</summary>
    private const int MaxWords = 9;

    private static readonly (bool ArticleOnly, Regex Pattern)[] Patterns = Load();

    /// <summary>The sentence without its leading dateline; the sentence itself when it has none or nothing would remain.</summary>
    /// <param name="sentence">The first sentence of a paragraph.</param>
    /// <param name="articleStart">Whether this is the article's first paragraph, where the plainest shapes are trusted too.</param>
    public static string Strip(string sentence, bool articleStart)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var length = Length(sentence, articleStart);
        return length == 0 ? sentence : sentence[length..].TrimStart();
    }

    /// <summary>How many leading characters of <paramref name="sentence"/> are a dateline; 0 when none.</summary>
    public static int Length(string sentence, bool articleStart)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (var (articleOnly, pattern) in Patterns)
        {
            if (articleOnly && !articleStart)
            {
                continue;
            }

            var match = pattern.Match(sentence);
            if (match.Success && match.Length < sentence.Length
                && WordTokenizer.Count(match.Value) <= MaxWords
                && WordTokenizer.Count(sentence[match.Length..]) >= 3)
            {
                return match.Length;
            }
        }

        return 0;
    }

    /// <summary>Non-backtracking: the shapes are matched against every paragraph, so they must run in linear time whatever the text.</summary>
    private static (bool, Regex)[] Load()
    {
        var agencies = DataFile.Lines("news-agencies.txt")
            .Select(a => string.Join(@"[\s.]*", a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))
            .Append(@"[A-Za-z][A-Za-z.]{1,14}");
        var agency = "(?:" + string.Join('|', agencies) + ")";
        const string Place = @"\p{L}[\p{L}.]*(?:\s+\p{L}[\p{L}.]*){0,3}";
        return DataFile.Pairs("dateline-patterns.txt")
            .Select(p => (p.Key == "article",
                new Regex(p.Value.Replace("{place}", Place, StringComparison.Ordinal).Replace("{agency}", agency, StringComparison.Ordinal),
                    RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)))
            .ToArray();
    }
}
