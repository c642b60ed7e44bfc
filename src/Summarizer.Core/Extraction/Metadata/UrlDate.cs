using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// The publication day written in a page's URL: <c>/2019/06/27/</c>, <c>/2017/7/12/</c>, <c>/2019-06-27-</c>,
/// <c>/20200428/</c>. Only complete dates count: a bare year or year/month names an archive, not a day, and a one-digit
/// "day" must end its path segment (<c>/2023/10/3-fragen</c> is a title that starts with a number).
/// </summary>
internal static partial class UrlDate
{
    private const int MaxUrlLength = 2048;

    public static DateTimeOffset? Read(Uri? url)
    {
        if (url is not { IsAbsoluteUri: true } || url.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var text = url.PathAndQuery;
        if (text.Length > MaxUrlLength)
        {
            text = text[..MaxUrlLength];
        }

        var m = Separated().Match(text);
        if (!m.Success)
        {
            m = Compact().Match(text);
        }

        if (!m.Success)
        {
            m = DayFirst().Match(text);
            if (m.Success && int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) <= 12)
            {
                return null;
            }
        }

        return m.Success && Build(m) is { } date ? date : null;
    }

    private static DateTimeOffset? Build(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero)
            : null;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?<sep>[/_.-])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{2}(?![0-9])|[0-9](?=/|$))")]
    private static partial Regex Separated();

    [GeneratedRegex(@"[/_-](?<y>(?:19|20)[0-9]{2})(?<m>[01][0-9])(?<d>[0-3][0-9])(?=[/_.-]|$)")]
    private static partial Regex Compact();

    [GeneratedRegex(@"[/_-](?<d>[0-3]?[0-9])(?<sep>[_.-])(?<m>[01]?[0-9])\k<sep>(?<y>(?:19|20)[0-9]{2})(?=[/_.?#-]|$)")]
    private static partial Regex DayFirst();
}
