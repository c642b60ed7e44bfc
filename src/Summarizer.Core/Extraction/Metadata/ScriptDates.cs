using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Publication dates in the inline JavaScript of a page (<c>window.__STATE__ = {"publishedAt":"2019-03-02T06:22:28+01:00"}</c>,
/// <c>dataLayer.push({"cmsPublishingDate":"2022-01-25"})</c>): JavaScript sites keep the article's state there and
/// sometimes write no meta tag. Keys are matched by the fragments of <c>Data/script-date-keys.txt</c>; only the first
/// value of each key counts, since the state of teasers and related articles repeats the key further down.
/// </summary>
internal static partial class ScriptDates
{
    private const int MaxChars = 3_000_000;
    private const int MaxValues = 4;
    private const int MaxKeyLength = 40;

    private static readonly string[] Include = DataFile.Lines("script-date-keys.txt").Where(l => !l.StartsWith('-')).ToArray();
    private static readonly string[] Exclude = DataFile.Lines("script-date-keys.txt").Where(l => l.StartsWith('-')).Select(l => l[1..]).ToArray();

    /// <param name="source">The page's text before parsing; the quoted-key shape (<c>"key":"value"</c>) is met in
    /// scripts and JSON, not in prose, so the whole text is read rather than each script.</param>
    public static IReadOnlyList<string> Read(string? source)
    {
        var values = new List<string>();
        if (string.IsNullOrEmpty(source))
        {
            return values;
        }

        var text = source;
        var limit = Math.Min(text.Length, MaxChars);
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var fragment in Include)
        {
            var at = 0;
            while (values.Count < MaxValues && at < limit && (at = text.IndexOf(fragment, at, limit - at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var (start, end) = (at, at + fragment.Length);
                while (start > 0 && at - start < MaxKeyLength && IsKeyChar(text[start - 1]))
                {
                    start--;
                }

                while (end < limit && end - at < MaxKeyLength && IsKeyChar(text[end]))
                {
                    end++;
                }

                at = end;
                if (start == 0 || text[start - 1] is not ('"' or '\'' or '\\'))
                {
                    continue;
                }

                // The anchored value match fails at once after most hits ("publisher" names, prose), so it goes first.
                var m = Value().Match(text, end);
                if (!m.Success)
                {
                    continue;
                }

                var key = text[start..end];
                if (!keys.Contains(key) && !Exclude.Any(x => key.Contains(x, StringComparison.OrdinalIgnoreCase)) && DateText.TryParse(m.Groups["value"].Value, out _))
                {
                    keys.Add(key);
                    values.Add(m.Groups["value"].Value);
                }
            }
        }

        return values;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    /// <summary>The quoted value right after the key (in JSON, a JavaScript object, or JSON escaped inside a string).</summary>
    [GeneratedRegex(@"\G\\?[""']?\s*:\s*\\?[""'](?<value>[^""'\\]{8,40})\\?[""']")]
    private static partial Regex Value();
}
