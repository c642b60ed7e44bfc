namespace Summarizer.Extraction.Metadata;

/// <summary>Strips the site-name part from a page title ("خبر - الجزيرة نت", "Site | Headline").</summary>
public static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " || ", " ~ ", " / "];

    public static string Clean(string title, string? siteName)
    {
        ArgumentNullException.ThrowIfNull(title);
        var t = Text.Whitespace.Collapse(title);
        foreach (var separator in Separators)
        {
            var last = t.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var head = t[..last];
                var tail = t[(last + separator.Length)..];
                if (IsSiteName(tail, siteName) || (siteName is null && Words(tail) <= 4 && Words(head) >= 4))
                {
                    return Clean(head, siteName);
                }
            }

            var first = t.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && IsSiteName(t[..first], siteName))
            {
                return Clean(t[(first + separator.Length)..], siteName);
            }
        }

        return t;
    }

    private static bool IsSiteName(string part, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(siteName))
        {
            return false;
        }

        var a = Key(part);
        var b = Key(siteName);
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    private static string Key(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
