namespace Summarizer.Summarization.Extractive;

/// <summary>Set overlaps between term lists.</summary>
internal static class TermOverlap
{
    /// <summary>|A ∩ B| / min(|A|, |B|) over distinct terms: 1 when one is contained in the other; 0 when either is empty.</summary>
    public static double Coefficient(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var setA = a as IReadOnlySet<string> ?? a.ToHashSet(StringComparer.Ordinal);
        var setB = b as IReadOnlySet<string> ?? b.ToHashSet(StringComparer.Ordinal);
        var shared = setA.Count <= setB.Count ? setA.Count(setB.Contains) : setB.Count(setA.Contains);
        return (double)shared / Math.Min(setA.Count, setB.Count);
    }

    /// <summary>Terms matched inside another shorter than this match by chance.</summary>
    private const int MinInnerLength = 3;

    /// <summary>
    /// Whether <paramref name="terms"/> hold <paramref name="term"/>, or a stem that holds it or that it holds ("تعديلا" and
    /// "التعديل", "بزيلينسكي" and "زيلينسكي"): stems of one word differ by the clitics the stemmer leaves on.
    /// </summary>
    public static bool Names(IReadOnlySet<string> terms, string term) =>
        terms.Contains(term) || terms.Any(t => Holds(t, term) || Holds(term, t));

    private static bool Holds(string longer, string inner) =>
        inner.Length >= MinInnerLength && longer.Length > inner.Length && longer.Contains(inner, StringComparison.Ordinal);

    /// <summary>The share of <paramref name="reference"/>'s distinct terms that occur in <paramref name="terms"/>.</summary>
    public static double Recall(IReadOnlyCollection<string> terms, IReadOnlyCollection<string> reference)
    {
        if (terms.Count == 0 || reference.Count == 0)
        {
            return 0;
        }

        var set = terms.ToHashSet(StringComparer.Ordinal);
        var distinct = reference.Distinct(StringComparer.Ordinal).ToList();
        return (double)distinct.Count(set.Contains) / distinct.Count;
    }
}
