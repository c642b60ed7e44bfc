using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Metadata;

/// <summary>How a parsed date wrote its time zone: the day it shows is the local day only when the zone is not UTC.</summary>
internal enum DateZone
{
    /// <summary>No zone written (a date, or a local time): the day is as written.</summary>
    Unwritten,

    /// <summary>Z or +00:00: often a local time converted to UTC, so the day may be the next or previous local day.</summary>
    Utc,

    /// <summary>A non-zero offset: a local time, the day is the local day.</summary>
    Offset,
}

/// <summary>
/// Parses dates the way pages write them: ISO 8601 (machine-readable attributes), Arabic text with either month family and
/// Eastern Arabic digits, <c>DD.MM.YYYY</c> and month names of every culture (<see cref="DateTokens"/>). Always Gregorian and
/// culture-free: dates are built from numbers with <see cref="GregorianCalendar"/> semantics, never parsed with a culture
/// (ar-SA defaults to the Hijri calendar). Digits are ASCII after folding Arabic-Indic ones: the patterns say [0-9], not \d,
/// which also matches Devanagari or full-width digits that int.Parse refuses.
/// </summary>
public static partial class DateText
{
    public static bool TryParse(string? text, out DateTimeOffset value) => TryParse(text, monthFirst: false, out value, out _);

    /// <param name="text">At most 300 characters are read; longer text is refused.</param>
    /// <param name="monthFirst">Whether an ambiguous <c>3/4/2019</c> is March 4 (US pages) rather than 3 April.</param>
    /// <param name="value">The date, with its written offset (UTC when none was written).</param>
    /// <param name="zone">How the zone was written.</param>
    internal static bool TryParse(string? text, bool monthFirst, out DateTimeOffset value, out DateZone zone)
    {
        value = default;
        zone = DateZone.Unwritten;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return false;
        }

        // Every format needs a four-digit year; most short lines have none, and parsing is the costly part of block filtering.
        if (!HasYearDigits(text))
        {
            return false;
        }

        var s = Summarizer.Text.ArabicDigits.ToWestern(text.Trim());
        return TryIso(s, out value, out zone) || TryArabic(s, out value) || DateTokens.TryFind(s, monthFirst, out value);
    }

    private static bool HasYearDigits(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = Summarizer.Text.ArabicDigits.IsDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryIso(string s, out DateTimeOffset value, out DateZone zone)
    {
        value = default;
        zone = DateZone.Unwritten;
        var m = Iso().Match(s);
        if (!m.Success || !DateTimeOffset.TryParse(m.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value))
        {
            return false;
        }

        zone = !m.Groups["zone"].Success ? DateZone.Unwritten : value.Offset == TimeSpan.Zero ? DateZone.Utc : DateZone.Offset;
        return true;
    }

    private static bool TryArabic(string s, out DateTimeOffset value)
    {
        value = default;
        var m = Arabic().Match(s);
        return m.Success && ArabicMonths.Lookup(m.Groups["month"].Value) is { } month
            && Build(m.Groups["year"].Value, month, m.Groups["day"].Value, m, out value);
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

    [GeneratedRegex(@"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?<zone>Z|[+-][0-9]{2}:?[0-9]{2})?)?")]
    private static partial Regex Iso();

    // Built at run time from the month table; "3 أغسطس/آب 2013" and "الأحد ٣ تموز ٢٠٢٤ - 10:30 م" both match.
    // No match timeout: inputs are capped at 300 characters and every quantifier is bounded, so a match is cheap; a
    // wall-clock timeout only fired on busy machines (the first call also JIT-compiles the pattern) and made a good
    // page "not an article".
    private static readonly Regex ArabicDate = new(
        $@"(?<day>[0-9]{{1,2}})\s*(?:من\s+)?(?<month>{ArabicMonths.Pattern})(?:\s*/\s*[\u0621-\u064A]+(?:\s[\u0621-\u064A]+)?)?\s*[,،]?\s*(?<year>[0-9]{{4}})(?:[^0-9]{{0,24}}(?<hour>[0-9]{{1,2}}):(?<minute>[0-9]{{2}})(?::[0-9]{{2}})?\s*(?<ampm>مساءً|مساء|صباحاً|صباحا|م|ص|pm|am)?(?:\s*\(?(?:GMT|UTC|بتوقيت غرينتش)\s*(?<offset>[+-][0-9]{{1,2}}):?(?<offmin>[0-9]{{2}})?\)?)?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex Arabic() => ArabicDate;
}
