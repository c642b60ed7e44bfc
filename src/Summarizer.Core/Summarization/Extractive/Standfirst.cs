using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// A news page often opens with a standfirst, a one-sentence paragraph that sums the story up ("ترامب وبوتين يجريان اتصالاً
/// هاتفياً ... قبل لقاء ترامب بزيلينسكي"), and then the lead, which states the same fact in more words ("قال مسؤول ... إن
/// ترامب وبوتين سيجريان اتصالاً هاتفياً اليوم ... قبل يوم من لقاء ترامب بالرئيس الأوكراني زيلينسكي"). When the summary is the
/// standfirst, that lead is no key point of its own. Their stems differ ("بزيلينسكي"، "سيجريان")، so terms match when one
/// holds the other.
/// </summary>
internal static class Standfirst
{
    /// <summary>The share of the standfirst's terms the lead holds when it restates it.</summary>
    private const double MinRecall = 0.45;

    /// <summary>The lead's index when the article opens with a standfirst: the sentence right after it.</summary>
    public const int LeadIndex = 1;

    /// <summary>Whether the summary is the article's first paragraph and that paragraph is one sentence: a standfirst.</summary>
    public static bool SummaryIsStandfirst(IReadOnlyList<ArticleSentence> sentences, IReadOnlyCollection<int> usedInSummary)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(usedInSummary);
        return sentences.Count >= 2 && usedInSummary.Count == 1 && usedInSummary.Contains(0) && sentences[0].Paragraph >= 0
            && sentences[1].Paragraph != sentences[0].Paragraph;
    }

    /// <summary>Whether <paramref name="lead"/>'s terms hold most of the standfirst's.</summary>
    public static bool Restates(IReadOnlySet<string> standfirst, IReadOnlySet<string> lead)
    {
        ArgumentNullException.ThrowIfNull(standfirst);
        ArgumentNullException.ThrowIfNull(lead);
        if (standfirst.Count == 0)
        {
            return false;
        }

        var held = standfirst.Count(t => TermOverlap.Names(lead, t));
        return (double)held / standfirst.Count >= MinRecall;
    }

    /// <summary>
    /// Whether two sentences give other figures: both hold numbers other than years, and none is in both ("تحديد سعر
    /// الدولار عند 17.25 جنيه في موازنة 2018-2019" and "حددت الموازنة سعر النفط عند 67 دولارا"). A lead that restates its
    /// standfirst repeats the standfirst's figures; one with figures of its own states another fact, whatever words they share.
    /// </summary>
    public static bool GiveOtherFigures(string standfirst, string lead)
    {
        ArgumentNullException.ThrowIfNull(standfirst);
        ArgumentNullException.ThrowIfNull(lead);
        var first = Figures(standfirst);
        var second = Figures(lead);
        return first.Count > 0 && second.Count > 0 && !first.Overlaps(second);
    }

    /// <summary>The numbers of a text (<see cref="NumberFinder"/>: Arabic-Indic digits read as Western ones), years (1900–2099) left out.</summary>
    private static HashSet<string> Figures(string text) =>
        NumberFinder.Values(text).Where(v => !(v.Length == 4 && (v.StartsWith("19", StringComparison.Ordinal) || v.StartsWith("20", StringComparison.Ordinal))))
            .ToHashSet(StringComparer.Ordinal);
}
