using Summarizer.Text;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Strips the site's name from a page title, before or after any of <c>-</c> <c>–</c> <c>—</c> <c>|</c> <c>:</c>
/// <c>»</c> <c>::</c> ("خبر - الجزيرة نت", "المدينة نيوز - أميركا ...", "Site | Headline"). The site's name is known
/// from <c>og:site_name</c>, from the host name (its Latin letters compared with the Arabic ones), and from the text that
/// <c>&lt;title&gt;</c> has and <c>og:title</c> does not. A colon is only a separator next to a known site name:
/// "وزير: لن نرفع الأسعار" is a headline.
/// </summary>
public static class TitleCleaner
{
    private static readonly string[] Separators = [" :: ", " | ", " || ", " - ", " – ", " — ", " » ", " « ", " · ", " ~ ", " / ", " : ", ": ", " :"];

    /// <summary>Separators that may also end a title's site part by length alone when no site name is known.</summary>
    private static readonly string[] PlainSeparators = [" | ", " - ", " – ", " — ", " :: ", " || "];

    public static string Clean(string title, string? siteName) => Clean(title, siteName, host: null, otherTitle: null);

    /// <param name="title">The title to clean (og:title first, else &lt;title&gt;).</param>
    /// <param name="siteName">og:site_name or the publisher's name.</param>
    /// <param name="host">The page's host name.</param>
    /// <param name="otherTitle">The other title of the page (&lt;title&gt; when <paramref name="title"/> is og:title).</param>
    public static string Clean(string title, string? siteName, string? host, string? otherTitle)
    {
        ArgumentNullException.ThrowIfNull(title);
        var names = SiteNames(Whitespace.Collapse(title), siteName, host, otherTitle);
        return Strip(Whitespace.Collapse(title), names, siteName is not null, depth: 0);
    }

    private static string Strip(string t, IReadOnlyList<string> names, bool siteKnown, int depth)
    {
        if (depth > 3)
        {
            return t;
        }

        foreach (var separator in Separators)
        {
            var last = t.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var head = t[..last].Trim();
                var tail = t[(last + separator.Length)..].Trim();
                if (head.Length > 0 && (IsSiteName(tail, names)
                    || (!siteKnown && names.Count == 0 && PlainSeparators.Contains(separator) && Words(tail) <= 4 && Words(head) >= 4)))
                {
                    return Strip(head, names, siteKnown, depth + 1);
                }
            }

            var first = t.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && IsSiteName(t[..first], names) && t[(first + separator.Length)..].Trim().Length > 0)
            {
                return Strip(t[(first + separator.Length)..].Trim(), names, siteKnown, depth + 1);
            }
        }

        return t;
    }

    private static List<string> SiteNames(string title, string? siteName, string? host, string? otherTitle)
    {
        var names = new List<string>();
        if (!string.IsNullOrWhiteSpace(siteName))
        {
            names.Add(siteName);
        }

        if (HostLabel(host) is { } label)
        {
            names.Add(label);
        }

        // "<title>" = "Site - Headline" and og:title = "Headline": what only one of them has is the site's name.
        if (!string.IsNullOrWhiteSpace(otherTitle))
        {
            var other = Whitespace.Collapse(otherTitle);
            var (longer, shorter) = other.Length > title.Length ? (other, title) : (title, other);
            var at = shorter.Length >= 8 ? longer.IndexOf(shorter, StringComparison.Ordinal) : -1;
            if (at >= 0)
            {
                var rest = (longer[..at] + " " + longer[(at + shorter.Length)..]).Trim(' ', '-', '–', '—', '|', ':', '»', '«', '·');
                if (rest.Length > 1 && Words(rest) <= 5)
                {
                    names.Add(rest);
                }
            }
        }

        return names;
    }

    /// <summary>The registrable label of the host ("www.almadenahnews.com" → "almadenahnews").</summary>
    private static string? HostLabel(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return null;
        }

        var labels = host.ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l is not ("www" or "m" or "amp" or "ar" or "arabic" or "com" or "net" or "org" or "co" or "news" or "info")).ToList();
        return labels.Count == 0 ? null : labels.OrderByDescending(l => l.Length).First();
    }

    private static bool IsSiteName(string part, IReadOnlyList<string> names)
    {
        if (Words(part) > 6)
        {
            return false;
        }

        return names.Any(name => MatchesSiteName(part, name));
    }

    /// <summary>Whether <paramref name="part"/> is <paramref name="name"/> (or contains it, or is contained in it), in any script.</summary>
    internal static bool MatchesSiteName(string part, string name)
    {
        var a = Key(part);
        var b = Key(name);
        if (a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)))
        {
            return true;
        }

        // An Arabic part against a Latin name: compare consonant skeletons ("المدينة نيوز" ~ "almadenahnews").
        var arabic = LatinSkeleton.OfArabic(part);
        var latin = LatinSkeleton.OfLatin(name);
        return arabic.Length >= 3 && latin.Length >= 3 && (arabic == latin || (arabic.Length >= 4 && latin.StartsWith(arabic, StringComparison.Ordinal))
            || (latin.Length >= 4 && arabic.StartsWith(latin, StringComparison.Ordinal)));
    }

    private static string Key(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
