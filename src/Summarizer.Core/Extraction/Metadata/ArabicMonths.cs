namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Gregorian month names in both Arabic families: the Egyptian/Gulf transliterations (يناير…) and the
/// Levantine/Iraqi Syriac names (كانون الثاني…), with the common spelling variants (hamza, ta marbuta).
/// </summary>
internal static class ArabicMonths
{
    private static readonly (string Name, int Month)[] Names =
    [
        ("كانون الثاني", 1), ("كانون الأول", 12), ("كانون الاول", 12), ("تشرين الأول", 10), ("تشرين الاول", 10), ("تشرين الثاني", 11),
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4), ("أفريل", 4), ("مايو", 5), ("ماي", 5),
        ("يونيو", 6), ("يونيه", 6), ("يونية", 6), ("جوان", 6), ("يوليو", 7), ("يوليه", 7), ("يولية", 7), ("جويلية", 7), ("أغسطس", 8), ("اغسطس", 8), ("أوت", 8),
        ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        ("شباط", 2), ("آذار", 3), ("اذار", 3), ("نيسان", 4), ("أيار", 5), ("ايار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8), ("اب", 8), ("أيلول", 9), ("ايلول", 9),
    ];

    /// <summary>A regex alternation, longest names first so "كانون الثاني" wins over a shorter match.</summary>
    public static string Pattern { get; } = string.Join('|', Names.Select(n => n.Name).OrderByDescending(n => n.Length));

    public static int? Lookup(string name)
    {
        var key = name.Trim();
        foreach (var (n, month) in Names)
        {
            if (n == key)
            {
                return month;
            }
        }

        return null;
    }
}
