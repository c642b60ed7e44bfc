using Summarizer.Text;

namespace Summarizer.Extraction.Metadata;

/// <summary>Byline cue words (<c>Data/byline-cues.txt</c>): "كتب"، "كتبت"، "بقلم"، "إعداد"، "تقرير:" and "By".</summary>
internal static class BylineCues
{
    /// <summary>Longest first, so that "كتبت:" is removed whole rather than as "كتب".</summary>
    private static readonly string[] Cues = DataFile.Lines("byline-cues.txt").OrderByDescending(c => c.Length).ToArray();

    /// <summary>Whether <paramref name="text"/> opens with a cue word followed by a space, a colon or the name.</summary>
    public static bool Opens(string text) => Cue(Whitespace.Collapse(text)) is not null;

    /// <summary>The text after its leading cue word; the text itself when it has none.</summary>
    public static string Remove(string text)
    {
        var t = Whitespace.Collapse(text);
        return Cue(t) is { } cue ? t[cue.Length..].TrimStart(':', ' ', '-', '–') : t;
    }

    private static string? Cue(string t) => Cues.FirstOrDefault(c =>
        t.StartsWith(c, StringComparison.Ordinal) && t.Length > c.Length + 2 && (c.EndsWith(':') || t[c.Length] is ' ' or ':'));
}
