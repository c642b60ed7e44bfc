using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Reporting verbs with their gender and number (<c>Data/reporting-verbs.txt</c>) and the words that end a speaker's
/// name after one (<c>Data/speaker-stops.txt</c>).
/// </summary>
internal static class ReportingVerbs
{
    public enum Agreement
    {
        Masculine,
        Feminine,
        Plural,
    }

    private static readonly FrozenDictionary<string, Agreement> Forms = LoadForms("reporting-verbs.txt");

    /// <summary>A data file of verbs, one a line as "masculine|feminine|plural" forms, as each form with its agreement.</summary>
    internal static FrozenDictionary<string, Agreement> LoadForms(string file) => DataFile.Lines(file)
        .SelectMany(line => line.Split('|', StringSplitOptions.TrimEntries).Select((form, i) => (form, (Agreement)Math.Min(i, 2))))
        .Where(p => p.form.Length > 0)
        .DistinctBy(p => p.form)
        .ToFrozenDictionary(p => p.form, p => p.Item2, StringComparer.Ordinal);

    private static readonly FrozenSet<string> Stops = DataFile.Lines("speaker-stops.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The agreement of <paramref name="word"/> as a reporting verb (a leading و or ف allowed); null when it is not one.</summary>
    public static Agreement? Of(string word) => Of(word, Forms);

    /// <summary>The agreement of <paramref name="word"/> as one of <paramref name="forms"/> (a leading و or ف allowed); null when it is none.</summary>
    internal static Agreement? Of(string word, FrozenDictionary<string, Agreement> forms)
    {
        word = Tashkeel.Strip(word);
        if (forms.TryGetValue(word, out var agreement))
        {
            return agreement;
        }

        return word.Length > 2 && word[0] is 'و' or 'ف' && forms.TryGetValue(word[1..], out agreement) ? agreement : null;
    }

    /// <summary>"وكتبت" is و and a reporting verb; "وصف" or "وعد", whose و is the verb's own letter, is not.</summary>
    public static bool HasConjunction(string word)
    {
        word = Tashkeel.Strip(word);
        return word.Length > 2 && word[0] == 'و' && Forms.ContainsKey(word[1..]) && !Forms.ContainsKey(word);
    }

    /// <summary>Whether <paramref name="word"/> (punctuation stripped) ends a speaker or shows that none is named.</summary>
    public static bool IsStop(string word) => Stops.Contains(word) || (word.Length > 1 && word[0] == 'ل' && word.Contains('ـ', StringComparison.Ordinal));
}
