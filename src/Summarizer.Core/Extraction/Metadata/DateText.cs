using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Parses dates the way pages write them: ISO 8601 (machine-readable attributes), "March 3, 2019", and
/// Arabic text with either month family and Eastern Arabic digits. Always Gregorian and culture-free:
/// dates are built from numbers with <see cref="GregorianCalendar"/> semantics, never parsed with an
/// Arabic culture (ar-SA defaults to the Hijri calendar). Digits are ASCII after folding Arabic-Indic ones: the
/// patterns say [0-9], not \d, which also matches Devanagari or full-width digits that int.Parse refuses.
/// </summary>
public static partial class DateText
{
    private static readonly string[] EnglishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return false;
        }

        // Every format needs digits; most short lines have none, and the regexes are the costly part of block filtering.
        if (!text.AsSpan().ContainsAnyInRange('0', '9') && !text.AsSpan().ContainsAnyInRange('\u0660', '\u0669') && !text.AsSpan().ContainsAnyInRange('\u06F0', '\u06F9'))
        {
            return false;
        }

        var s = Summarizer.Text.ArabicDigits.ToWestern(text.Trim());
        return TryIso(s, out value) || TryArabic(s, out value) || TryEnglish(s, out value);
    }

    private static bool TryIso(string s, out DateTimeOffset value)
    {
        value = default;
        var m = Iso().Match(s);
        return m.Success && DateTimeOffset.TryParse(m.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
    }

    private static bool TryArabic(string s, out DateTimeOffset value)
    {
        value = default;
        var m = Arabic().Match(s);
        return m.Success && ArabicMonths.Lookup(m.Groups["month"].Value) is { } month
            && Build(m.Groups["year"].Value, month, m.Groups["day"].Value, m, out value);
    }

    private static bool TryEnglish(string s, out DateTimeOffset value)
    {
        value = default;
        var m = EnglishMonthFirst().Match(s);
        if (!m.Success)
        {
            m = EnglishDayFirst().Match(s);
        }

        if (!m.Success)
        {
            return false;
        }

        var month = Array.IndexOf(EnglishMonths, m.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        return month > 0 && Build(m.Groups["year"].Value, month, m.Groups["day"].Value, m, out value);
    }

    private static bool Build(string yearText, int month, string dayText, Match m, out DateTimeOffset value)
    {
        value = default;
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2200 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        int hour = 0, minute = 0;
        if (m.Groups["hour"].Success)
        {
            hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
            minute = int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture);
            var pm = m.Groups["ampm"].Value.ToLowerInvariant() is "pm" or "p.m." or "م" or "مساء" or "مساءً";
            hour = pm && hour < 12 ? hour + 12 : hour;
            if (hour > 23 || minute > 59)
            {
                hour = minute = 0;
            }
        }

        var offset = TimeSpan.Zero;
        if (m.Groups["offset"].Success && int.TryParse(m.Groups["offset"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offsetHours) && offsetHours is >= -14 and <= 14)
        {
            var minutes = m.Groups["offmin"].Success ? int.Parse(m.Groups["offmin"].Value, CultureInfo.InvariantCulture) : 0;
            offset = new TimeSpan(offsetHours, offsetHours < 0 ? -minutes : minutes, 0);
        }

        value = new DateTimeOffset(year, month, day, hour, minute, 0, offset);
        return true;
    }

    [GeneratedRegex(@"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?")]
    private static partial Regex Iso();

    // Built at run time from the month table; "3 أغسطس/آب 2013" and "الأحد ٣ تموز ٢٠٢٤ - 10:30 م" both match.
    // No match timeout: inputs are capped at 300 characters and every quantifier is bounded, so a match is cheap; a
    // wall-clock timeout only fired on busy machines (the first call also JIT-compiles the pattern) and made a good
    // page "not an article".
    private static readonly Regex ArabicDate = new(
        $@"(?<day>[0-9]{{1,2}})\s*(?:من\s+)?(?<month>{ArabicMonths.Pattern})(?:\s*/\s*[\u0621-\u064A]+(?:\s[\u0621-\u064A]+)?)?\s*[,،]?\s*(?<year>[0-9]{{4}})(?:[^0-9]{{0,24}}(?<hour>[0-9]{{1,2}}):(?<minute>[0-9]{{2}})(?::[0-9]{{2}})?\s*(?<ampm>مساءً|مساء|صباحاً|صباحا|م|ص|pm|am)?(?:\s*\(?(?:GMT|UTC|بتوقيت غرينتش)\s*(?<offset>[+-][0-9]{{1,2}}):?(?<offmin>[0-9]{{2}})?\)?)?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex Arabic() => ArabicDate;

    [GeneratedRegex(@"\b(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<year>[0-9]{4})(?:[^0-9]{0,12}(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})(?::[0-9]{2})?\s*(?<ampm>[ap]\.?m\.?)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishMonthFirst();

    [GeneratedRegex(@"\b(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?<year>[0-9]{4})(?:[^0-9]{0,12}(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})(?::[0-9]{2})?\s*(?<ampm>[ap]\.?m\.?)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDayFirst();
}
