using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Authors, each a person or a desk: JSON-LD author names, then author meta tags, then the rel/itemprop=author or
/// byline element, then an Arabic byline line near the headline ("كتبت أسماء نصار"، "بقلم: ..."). A candidate that is
/// a URL or logo, the site's own name, or a dateline ("(أبوظبي - البيان)") is no byline; a trailing place
/// ("أحمد علي - القاهرة") is dropped. Nothing is better than a wrong name.
/// </summary>
internal static partial class AuthorReader
{
    private const int MaxNameWords = 6;

    private static readonly string[] NotNames = [.. DataFile.Lines("byline-not-names.txt")];

    public static IReadOnlyList<string> Read(MetadataElements elements, MetaTags meta, JsonLdArticle ld, IReadOnlyList<string> siteNames)
    {
        var fromLd = Keep(ld.Authors.Select(Clean), siteNames);
        if (fromLd.Count > 0)
        {
            return fromLd;
        }

        var fromMeta = meta.Get("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl");
        if (fromMeta is not null && Keep(Split(fromMeta), siteNames) is { Count: > 0 } metaAuthors)
        {
            return metaAuthors;
        }

        if (elements.Author is { } element && Clean(element.TextContent) is { Length: > 1 and < 100 } text
            && Keep(Split(text), siteNames) is { Count: > 0 } elementAuthors)
        {
            return elementAuthors;
        }

        foreach (var line in elements.BylineLines)
        {
            if (Keep(Split(BylineCues.Remove(line)), siteNames) is { Count: > 0 } lineAuthors)
            {
                return lineAuthors;
            }
        }

        return [];
    }

    private static List<string> Keep(IEnumerable<string> candidates, IReadOnlyList<string> siteNames) =>
        candidates.Select(DropPlace).Where(a => IsName(a, siteNames)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static List<string> Split(string value) =>
        Clean(value).Split([",", " and ", " و ", "،", "|"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(a => a.Length > 1).ToList();

    /// <summary>Whitespace collapsed, a cue word ("By"، "بقلم:") removed, URLs (a logo glued to a name) cut out.</summary>
    private static string Clean(string value)
    {
        var v = Url().Replace(Whitespace.Collapse(value), " ");
        return Whitespace.Collapse(BylineCues.Remove(v)).Trim(' ', '-', '–', ':', '|');
    }

    /// <summary>"أحمد علي - القاهرة" → "أحمد علي": the place a reporter filed from is not part of the name.</summary>
    private static string DropPlace(string name)
    {
        var dash = name.LastIndexOfAny(['-', '–', '—']);
        return dash > 0 && name[(dash + 1)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is 1 or 2
            && name[..dash].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2
            ? name[..dash].Trim()
            : name;
    }

    private static bool IsName(string candidate, IReadOnlyList<string> siteNames)
    {
        if (candidate.Length < 2 || candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxNameWords
            || candidate.Any(char.IsDigit) || candidate.IndexOfAny(['.', '؟', '?', '!', '(', ')', '/', '@', '"', '«']) >= 0
            || NotNames.Any(n => candidate.Contains(n, StringComparison.OrdinalIgnoreCase))
            || Dateline.Length(candidate + " - نص الخبر هنا", articleStart: false) > 0)
        {
            return false;
        }

        return !siteNames.Any(site => TitleCleaner.MatchesSiteName(candidate, site));
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
