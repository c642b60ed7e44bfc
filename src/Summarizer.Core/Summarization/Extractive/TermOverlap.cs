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
