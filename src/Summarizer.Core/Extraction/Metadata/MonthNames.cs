using System.Collections.Frozen;
using System.Globalization;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Month names of every culture .NET knows (full, abbreviated and genitive forms: "März", "juin", "czerwca", "Haziran"),
/// always from the culture's <see cref="GregorianCalendar"/>: a culture whose default calendar is another one (ar-SA's
/// Hijri, th-TH's Buddhist) would otherwise name Hijri or Buddhist months. A name that means different months in
/// different cultures ("listopad": November in Polish, October in Croatian) is dropped rather than guessed; names with
/// digits ("1月") are left to the numeric patterns. Reading every culture's data takes seconds (18 s on a loaded
/// machine), far beyond the one-second page budget, so the table ships as a data file generated from that data
/// (<c>month-names.tsv</c>; regenerate with the extraction bench's <c>--month-names</c> mode) and loads in milliseconds.
/// </summary>
internal static class MonthNames
{
    private const int MinLength = 3;

    private const string ResourceName = "Summarizer.month-names.tsv";

    private static readonly Lazy<FrozenDictionary<string, int>> Table = new(Load);

    /// <summary>The month (1–12) a word names in some culture, or 0. Case and a trailing dot are ignored.</summary>
    public static int Lookup(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = word.TrimEnd('.').ToLowerInvariant();
        return key.Length >= MinLength && Table.Value.TryGetValue(key, out var month) ? month : ArabicMonths.Lookup(word) ?? 0;
    }

    private static FrozenDictionary<string, int> Load()
    {
        using var stream = typeof(MonthNames).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return FromCultures();
        }

        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                months[line[..tab]] = month;
            }
        }

        return months.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The table from every culture's Gregorian month names: what <c>month-names.tsv</c> holds.</summary>
    internal static FrozenDictionary<string, int> FromCultures()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures | CultureTypes.NeutralCultures))
        {
            if (GregorianFormat(culture) is not { } format)
            {
                continue;
            }

            foreach (var names in new[] { format.MonthNames, format.AbbreviatedMonthNames, format.MonthGenitiveNames, format.AbbreviatedMonthGenitiveNames })
            {
                for (var m = 0; m < 12 && m < names.Length; m++)
                {
                    Add(months, names[m], m + 1);
                }
            }
        }

        // The invariant culture's English names, so a machine without ICU data still reads English dates.
        for (var m = 0; m < 12; m++)
        {
            Add(months, CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[m], m + 1);
            Add(months, CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[m], m + 1);
        }

        return months.Where(p => p.Value > 0).ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, int> months, string name, int month)
    {
        var key = name.Trim().TrimEnd('.').ToLowerInvariant();
        if (key.Length < MinLength || key.Any(char.IsDigit) || key.Any(char.IsWhiteSpace))
        {
            return;
        }

        // 0 marks a name two cultures disagree on.
        months[key] = months.TryGetValue(key, out var seen) && seen != month ? 0 : month;
    }

    private static DateTimeFormatInfo? GregorianFormat(CultureInfo culture)
    {
        if (culture.Calendar is GregorianCalendar)
        {
            return culture.DateTimeFormat;
        }

        // ar-SA, fa-IR, th-TH...: take the Gregorian calendar among the culture's optional ones, if it has one.
        if (culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() is not { } gregorian)
        {
            return null;
        }

        var format = (DateTimeFormatInfo)culture.DateTimeFormat.Clone();
        format.Calendar = gregorian;
        return format;
    }
}
