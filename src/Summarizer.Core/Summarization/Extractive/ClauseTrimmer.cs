using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Shortens a sentence by removing a whole trailing secondary clause: after a comma, a clause that opens with one of
/// the words of <c>Data/secondary-clauses.txt</c> ("، مشيرا إلى ..."، "، وذلك بعد ..."، "، حيث ...") or with
/// و and a reporting verb ("، وأضاف أن ..."). What is left is the sentence's own head with its predicate and object;
/// the cut is refused when the head would end on a word that cannot end a sentence or only introduce speech.
/// </summary>
internal static class ClauseTrimmer
{
    /// <summary>A head shorter than this (words) is rarely a whole fact.</summary>
    public const int MinHeadWords = 7;

    private static readonly string[][] Openers = DataFile.Lines("secondary-clauses.txt")
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>The heads that a trailing-clause cut leaves, shortest first, each ending with a full stop.</summary>
    public static IReadOnlyList<string> Heads(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var heads = new List<string>();
        for (var i = sentence.IndexOfAny(Commas); i >= 0; i = i + 1 < sentence.Length ? sentence.IndexOfAny(Commas, i + 1) : -1)
        {
            if (!OpensSecondaryClause(sentence[(i + 1)..].TrimStart()))
            {
                continue;
            }

            var head = sentence[..i].TrimEnd();
            if (SentenceExtractor.CountWords(head) >= MinHeadWords && !SentenceCompressor.EndsDangling(head)
                && !SentenceCompressor.IsSpeechIntroduction(head) && !LeavesSpeechOpen(head) && Balanced.Is(head))
            {
                heads.Add(head + ".");
            }
        }

        return heads;
    }

    private static readonly char[] Commas = ['،', ','];

    /// <summary>
    /// "... في وقت أعلن حاكم الإقليم" — a reporting verb in the head's last clause with nothing said after it: what was
    /// said comes after the cut, so the head is not whole.
    /// </summary>
    private static bool LeavesSpeechOpen(string head)
    {
        var lastClause = head[(head.LastIndexOfAny(Commas) + 1)..];
        var words = lastClause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (ReportingVerbs.Of(words[i].TrimEnd(':', '،')) is not null)
            {
                return !words.Skip(i + 1).Any(w => w.Contains(':', StringComparison.Ordinal) || w[0] is '"' or '«' || ImpliedSubject.IsComplementizer(w));
            }
        }

        return false;
    }

    private static bool OpensSecondaryClause(string rest)
    {
        var words = rest.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var first = words[0].TrimEnd('،', ',', ':');
        if (first.Length > 2 && first[0] == 'و' && ReportingVerbs.Of(first) is not null)
        {
            return true;
        }

        foreach (var opener in Openers)
        {
            if (opener.Length <= words.Length && opener.Select((w, k) => k == opener.Length - 1 ? words[k].TrimEnd('،', ',', ':') == w : words[k] == w).All(b => b))
            {
                return true;
            }
        }

        return false;
    }
}
