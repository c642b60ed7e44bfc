using System.Collections.Frozen;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Puts a lead that opens with a past-tense reporting verb into the nominal, present-tense form Arabic news
/// summaries use: "قال رئيس الوزراء إن ..." → "رئيس الوزراء يقول إن ...". Only the verb moves and changes tense;
/// the speaker (a short span, up to the complementizer) and the rest of the sentence stay word for word.
/// Nothing happens when the speaker cannot be delimited safely.
/// </summary>
internal static class ReportingVerbRewriter
{
    private const int MaxSpeakerWords = 8;

    private static readonly FrozenDictionary<string, string> PresentOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["قال"] = "يقول", ["قالت"] = "تقول",
        ["أعلن"] = "يعلن", ["أعلنت"] = "تعلن",
        ["أكد"] = "يؤكد", ["أكدت"] = "تؤكد",
        ["ذكر"] = "يذكر", ["ذكرت"] = "تذكر",
        ["أفاد"] = "يفيد", ["أفادت"] = "تفيد",
        ["حذر"] = "يحذر", ["حذرت"] = "تحذر",
        ["كشف"] = "يكشف", ["كشفت"] = "تكشف",
        ["دعا"] = "يدعو", ["دعت"] = "تدعو",
        ["نفى"] = "ينفي", ["نفت"] = "تنفي",
        ["أظهرت"] = "تظهر", ["أشار"] = "يشير", ["أشارت"] = "تشير",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The words that end the speaker: only the complementizer. A preposition is not safe: in
    /// "أكدت الشرطة القبض على" it follows the object, and moving the verb there breaks the sentence.
    /// </summary>
    private static readonly FrozenSet<string> SpeakerEnd = FrozenSet.ToFrozenSet(
        ["إن", "أن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم"], StringComparer.Ordinal);

    public static string Rewrite(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || !PresentOf.TryGetValue(words[0], out var present))
        {
            return sentence;
        }

        for (var end = 2; end < Math.Min(words.Length - 1, MaxSpeakerWords + 2); end++)
        {
            // After an apposition ("مايكل هايدن، الرئيس الأسبق لوكالة ...") a media word belongs to the title, not to whom
            // the speaker talked: only the complementizer ends that speaker.
            if (SpeakerEnd.Contains(words[end]) || (IsAddressee(words[end]) && !words[1..end].Any(w => w.EndsWith('،') || w.EndsWith(','))))
            {
                var speaker = words[1..end];
                if (speaker.Any(HasSentencePunctuation) || IsPlural(speaker[0]))
                {
                    return sentence;
                }

                // "قالت الشركة، الخميس، إن" → "الشركة تقول، الخميس، إن": the verb follows the speaker, not the day.
                var time = Array.FindIndex(speaker, 1, w => TimeWords.Contains(w.TrimEnd('،', ',')));
                if (time > 0)
                {
                    var name = speaker[..time];
                    var comma = name[^1].EndsWith('،') ? "،" : string.Empty;
                    name[^1] = name[^1].TrimEnd('،');
                    return string.Join(' ', name.Append(present + comma).Concat(speaker[time..]).Concat(words[end..]));
                }

                return string.Join(' ', speaker.Append(present).Concat(words[end..]));
            }

            if (HasSentencePunctuation(words[end]))
            {
                return sentence;
            }
        }

        return sentence;
    }

    /// <summary>
    /// "قال مسؤول لوكالة رويترز إن" names whom the speaker told; the verb goes before that phrase, so the
    /// rewrite reads "مسؤول يقول لوكالة رويترز إن", not "مسؤول لوكالة رويترز يقول إن".
    /// Only media words: a bare "ل" prefix also starts names such as لبنان.
    /// </summary>
    internal static bool IsAddressee(string word) =>
        AddresseePrefixes.Any(prefix => word.StartsWith(prefix, StringComparison.Ordinal));

    private static readonly string[] AddresseePrefixes =
        ["لوكالة", "لصحيفة", "لقناة", "لموقع", "لشبكة", "لتلفزيون", "لإذاعة", "لراديو", "للصحفيين", "للصحافيين", "لـ"];

    /// <summary>"قال مسؤولون إن": a sound plural speaker takes "يقولون", not the singular the table gives; the lead is left as it is.</summary>
    private static bool IsPlural(string word) => word.Length > 4 && word.EndsWith("ون", StringComparison.Ordinal);

    private static bool HasSentencePunctuation(string word) => word.AsSpan().IndexOfAny(":؛;\"«»()") >= 0;
}
