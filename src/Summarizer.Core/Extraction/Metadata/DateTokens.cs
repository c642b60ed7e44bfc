using System.Globalization;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Finds a written date in short text by its tokens instead of by a regex per language: numbers, words and the
/// separators between them. Understands <c>DD.MM.YYYY</c>, <c>D/M/YYYY</c> (or <c>M/D/YYYY</c> for month-first pages
/// and when the day cannot be the month), <c>YYYY.MM.DD</c>, <c>YYYY年M月D日</c>, and month names of every culture
/// (<see cref="MonthNames"/>) in day-month-year ("21. April 2020", "5 de junio de 2019"), month-day-year
/// ("March 3, 2019") and year-month-day ("2019. június 5.") order, with an optional time after the year.
/// The caller bounds the text; the scan is linear in it.
/// </summary>
internal static class DateTokens
{
    private static readonly string[] Fillers = ["de", "del", "di", "of", "the"];
    private static readonly string[] Ordinals = ["st", "nd", "rd", "th", "er", "e", "º", "ª", "o", "a"];
    private static readonly string[] CjkYear = ["年", "년"];
    private static readonly string[] CjkMonth = ["月", "월"];

    private enum Kind { Number, Word }

    private readonly record struct Token(Kind Kind, int Start, int End, string Text)
    {
        public int Value => Kind == Kind.Number && Text.Length <= 4 ? int.Parse(Text, CultureInfo.InvariantCulture) : -1;

        public int Digits => Kind == Kind.Number ? Text.Length : 0;
    }

    public static bool TryFind(string s, bool monthFirst, out DateTimeOffset value)
    {
        var tokens = Tokenize(s);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryAt(s, tokens, i, monthFirst, out value, out var next))
            {
                value = WithTime(s, tokens, next, value);
                return true;
            }
        }

        value = default;
        return false;
    }

    private static bool TryAt(string s, List<Token> t, int i, bool monthFirst, out DateTimeOffset value, out int next)
    {
        value = default;
        next = i;
        var first = t[i];
        if (first.Kind == Kind.Number)
        {
            return NumericDate(s, t, i, monthFirst, out value, out next)
                || CjkDate(t, i, out value, out next)
                || DayMonthYear(s, t, i, out value, out next)
                || YearMonthDay(s, t, i, out value, out next);
        }

        return MonthDayYear(s, t, i, out value, out next);
    }

    /// <summary>12.03.2019, 3/12/2019, 2019-03-12, 2019.03.12 — both separators the same, and not part of a longer dotted number.</summary>
    private static bool NumericDate(string s, List<Token> t, int i, bool monthFirst, out DateTimeOffset value, out int next)
    {
        value = default;
        next = i + 3;
        if (i + 2 >= t.Count || t[i + 1].Kind != Kind.Number || t[i + 2].Kind != Kind.Number)
        {
            return false;
        }

        var sep = Gap(s, t[i], t[i + 1]).Trim();
        if (sep is not ("." or "/" or "-") || Gap(s, t[i + 1], t[i + 2]).Trim() != sep || JoinedToNumber(s, t, i, next))
        {
            return false;
        }

        var (a, b, c) = (t[i], t[i + 1], t[i + 2]);
        if (a.Digits == 4 && b.Digits <= 2 && c.Digits <= 2)
        {
            return Build(a.Value, b.Value, c.Value, out value);
        }

        if (c.Digits != 4 || a.Digits > 2 || b.Digits > 2)
        {
            return false;
        }

        var dayFirst = sep != "/" || !monthFirst ? a.Value <= 31 && (b.Value <= 12 || a.Value > 12) : a.Value > 12;
        return dayFirst ? Build(c.Value, b.Value, a.Value, out value) : Build(c.Value, a.Value, b.Value, out value);
    }

    /// <summary>2023年11月2日, 2023년 11월 2일.</summary>
    private static bool CjkDate(List<Token> t, int i, out DateTimeOffset value, out int next)
    {
        value = default;
        next = i + 6;
        return i + 5 < t.Count && t[i].Digits == 4 && IsWord(t[i + 1], CjkYear) && t[i + 2].Kind == Kind.Number && IsWord(t[i + 3], CjkMonth)
            && t[i + 4].Kind == Kind.Number && t[i + 5].Kind == Kind.Word
            && Build(t[i].Value, t[i + 2].Value, t[i + 4].Value, out value);
    }

    /// <summary>21. April 2020, 27 juin 2019, 5 de junio de 2019, 3rd March 2019.</summary>
    private static bool DayMonthYear(string s, List<Token> t, int i, out DateTimeOffset value, out int next)
    {
        value = default;
        next = i;
        if (t[i].Digits is < 1 or > 2)
        {
            return false;
        }

        var j = SkipOrdinal(s, t, i + 1);
        j = SkipFiller(s, t, j);
        if (j >= t.Count || t[j].Kind != Kind.Word || !ShortGap(s, t[j - 1], t[j]) || MonthNames.Lookup(t[j].Text) is not (> 0 and var month))
        {
            return false;
        }

        var y = SkipFiller(s, t, j + 1);
        next = y + 1;
        return y < t.Count && t[y].Digits == 4 && ShortGap(s, t[y - 1], t[y]) && Build(t[y].Value, month, t[i].Value, out value);
    }

    /// <summary>March 3, 2019; Mai 06 2018; Sept. 3rd, 2019.</summary>
    private static bool MonthDayYear(string s, List<Token> t, int i, out DateTimeOffset value, out int next)
    {
        value = default;
        next = i;
        if (i + 2 >= t.Count || t[i + 1].Digits is < 1 or > 2 || !ShortGap(s, t[i], t[i + 1]) || MonthNames.Lookup(t[i].Text) is not (> 0 and var month))
        {
            return false;
        }

        var y = SkipOrdinal(s, t, i + 2);
        next = y + 1;
        return y < t.Count && t[y].Digits == 4 && ShortGap(s, t[y - 1], t[y]) && Build(t[y].Value, month, t[i + 1].Value, out value);
    }

    /// <summary>2019. június 5., 2019 Jun 5.</summary>
    private static bool YearMonthDay(string s, List<Token> t, int i, out DateTimeOffset value, out int next)
    {
        value = default;
        next = i + 3;
        return i + 2 < t.Count && t[i].Digits == 4 && t[i + 1].Kind == Kind.Word && t[i + 2].Digits is 1 or 2
            && ShortGap(s, t[i], t[i + 1]) && ShortGap(s, t[i + 1], t[i + 2])
            && MonthNames.Lookup(t[i + 1].Text) is > 0 and var month && Build(t[i].Value, month, t[i + 2].Value, out value);
    }

    /// <summary>A time within a few tokens after the date: "20.06.2019 11:43", "21. April 2020 - 16:40", "3 March 2019 at 5:30 pm".</summary>
    private static DateTimeOffset WithTime(string s, List<Token> t, int next, DateTimeOffset date)
    {
        for (var k = next; k < t.Count - 1 && k <= next + 2; k++)
        {
            if (t[k].Kind == Kind.Number && t[k].Digits <= 2 && t[k + 1].Digits == 2 && Gap(s, t[k], t[k + 1]) == ":"
                && (k == next ? t[k].Start - t[next - 1].End : t[k].Start - t[k - 1].End) <= 12)
            {
                var hour = t[k].Value;
                var pm = k + 2 < t.Count && t[k + 2].Kind == Kind.Word && t[k + 2].Text.ToLowerInvariant() is "pm" or "p";
                hour = pm && hour < 12 ? hour + 12 : hour;
                return hour < 24 && t[k + 1].Value < 60 ? date.AddHours(hour).AddMinutes(t[k + 1].Value) : date;
            }
        }

        return date;
    }

    private static int SkipOrdinal(string s, List<Token> t, int j) =>
        j < t.Count && t[j].Kind == Kind.Word && t[j].Start == t[j - 1].End && IsWord(t[j], Ordinals) ? j + 1 : j;

    private static int SkipFiller(string s, List<Token> t, int j) =>
        j < t.Count && t[j].Kind == Kind.Word && ShortGap(s, t[j - 1], t[j]) && IsWord(t[j], Fillers) ? j + 1 : j;

    private static bool IsWord(Token token, string[] words) =>
        token.Kind == Kind.Word && words.Contains(token.Text, StringComparer.OrdinalIgnoreCase);

    /// <summary>At most a space, a dot or a comma (and spaces) between the parts of one date.</summary>
    private static bool ShortGap(string s, Token a, Token b)
    {
        var gap = Gap(s, a, b);
        return gap.Length <= 4 && gap.Trim() is "" or "." or "," or ".," or "-" or "/";
    }

    /// <summary>Version numbers and IP addresses: "1.12.03.2019", "12.03.2019.5".</summary>
    private static bool JoinedToNumber(string s, List<Token> t, int i, int next) =>
        (i > 0 && t[i - 1].Kind == Kind.Number && t[i].Start - t[i - 1].End == 1 && s[t[i].Start - 1] is '.' or '-' or '/')
        || (next < t.Count && t[next].Kind == Kind.Number && t[next].Start - t[next - 1].End == 1 && s[t[next].Start - 1] is '.' or '-' or '/');

    private static string Gap(string s, Token a, Token b) => s[a.End..b.Start];

    private static bool Build(int year, int month, int day, out DateTimeOffset value)
    {
        value = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return true;
    }

    private static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }

                // A long digit run (a phone number, an id) is no part of a date: keep it as a word that matches nothing.
                tokens.Add(new Token(i - start <= 4 ? Kind.Number : Kind.Word, start, i, s[start..i]));
            }
            else if (IsLetter(c))
            {
                while (i < s.Length && IsLetter(s[i]) && !IsCjkDateMark(s[i]))
                {
                    i++;
                }

                i = i == start ? i + 1 : i; // 年, 月, 日 stand alone
                tokens.Add(new Token(Kind.Word, start, i, s[start..i]));
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    private static bool IsLetter(char c) => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsCjkDateMark(char c) => c is '年' or '月' or '日' or '년' or '월' or '일';
}
