using System.Globalization;

namespace Summarizer.Web.Pages;

/// <summary>
/// Times as an Arabic reader expects them: "منذ ٣ ساعات" with Arabic number agreement (1, 2, 3–10, 11+), Eastern digits,
/// and the exact time in the Gregorian calendar (never the culture's default: ar-SA would print a Hijri date).
/// </summary>
internal static class ArabicTime
{
    public static string Relative(DateTimeOffset then, DateTimeOffset now)
    {
        var ago = now - then;
        if (ago < TimeSpan.FromMinutes(1))
        {
            return "الآن";
        }

        if (ago < TimeSpan.FromHours(1))
        {
            return "منذ " + Count((int)ago.TotalMinutes, "دقيقة", "دقيقتين", "دقائق", "دقيقة");
        }

        if (ago < TimeSpan.FromDays(1))
        {
            return "منذ " + Count((int)ago.TotalHours, "ساعة", "ساعتين", "ساعات", "ساعة");
        }

        if (ago < TimeSpan.FromDays(30))
        {
            return "منذ " + Count((int)ago.TotalDays, "يوم", "يومين", "أيام", "يومًا");
        }

        return Date(then);
    }

    /// <summary>The number with its noun: 1 and 2 are said by the noun alone (ساعة، ساعتين), 3–10 take the plural, 11+ the singular.</summary>
    public static string Count(int n, string one, string two, string few, string many) => n switch
    {
        1 => one,
        2 => two,
        >= 3 and <= 10 => $"{Digits(n)} {few}",
        _ => $"{Digits(n)} {many}",
    };

    /// <summary>Exact time for the tooltip and the article page, UTC.</summary>
    public static string Exact(DateTimeOffset time) =>
        Digits(time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)) + " (UTC)";

    public static string Date(DateTimeOffset time) => Digits(time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Digits(long n) => Digits(n.ToString(CultureInfo.InvariantCulture));

    /// <summary>ASCII digits as Eastern Arabic digits (٠–٩).</summary>
    public static string Digits(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= '0' and <= '9' ? (char)('\u0660' + (source[i] - '0')) : source[i];
            }
        });
}
