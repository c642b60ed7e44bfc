using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// German-style datelines with a two-digit year ("Party, 30.10.23", "31.10.23 | 14:05"). <see cref="DateText"/> wants a
/// four-digit year, since "1.2.23" in running text is as often a version or a score; a short line that is only a label
/// and a zero-padded <c>DD.MM.YY</c> is a date, read as this century's (dates before 1995 are refused anyway).
/// </summary>
internal static partial class ShortYear
{
    private const int MaxLength = 40;

    /// <summary>The text with its two-digit year written out, or null when it is no such dateline.</summary>
    public static string? Expand(string? text)
    {
        var trimmed = text?.Trim();
        if (trimmed is not { Length: > 0 and <= MaxLength } || Dateline().Match(trimmed) is not { Success: true } m)
        {
            return null;
        }

        var year = m.Groups["y"];
        return string.Concat(trimmed.AsSpan(0, year.Index), "20", trimmed.AsSpan(year.Index));
    }

    [GeneratedRegex(@"^[^0-9]{0,20}(?<![0-9.])(?:0[1-9]|[12][0-9]|3[01])\.(?:0[1-9]|1[0-2])\.(?<y>[0-9]{2})(?![0-9.])(?:\s*[,|/-]?\s*[0-9]{1,2}:[0-9]{2}(?:\s*Uhr)?)?$")]
    private static partial Regex Dateline();
}
