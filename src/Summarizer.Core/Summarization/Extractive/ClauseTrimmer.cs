using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Shortens a sentence by removing a whole trailing secondary clause: after a comma, a clause that opens with one of
/// the words of <c>Data/secondary-clauses.txt</c> ("، مشيرا إلى ..."، "، وذلك بعد ..."، "، حيث ...") or with
/// و and a reporting verb ("، وأضاف أن ..."). What is left is the sentence's own head with its predicate and object;
/// the cut is refused when the head would end on a word that cannot end a sentence or only introduce speech.
/// </summary>
internal static partial class ClauseTrimmer
{
    /// <summary>A head shorter than this (words) is rarely a whole fact.</summary>
    public const int MinHeadWords = 7;

    private static readonly string[][] Openers = DataFile.Lines("secondary-clauses.txt")
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>The heads that a trailing-clause cut leaves, shortest first, each ending with a full stop.</summary>
    public static IReadOnlyList<string> Heads(string sentence) =>
        HeadsBefore(sentence, (rest, head) => OpensSecondaryClause(rest) || (ClauseSplitter.IsConjunction(rest) && ClauseSplitter.Opening(rest, head) is not null)
            || SecondComplement(rest, head) || (ClauseSplitter.IsConjunction(rest) && IntroducesExamples(head)));

    /// <summary>
    /// The heads before each "، و", shortest first: whatever the و joins, what precedes it is whole. Only for the first
    /// piece of a run-on the splitter cut, which is no sentence without a cut.
    /// </summary>
    public static IReadOnlyList<string> CoordinationHeads(string sentence) =>
        HeadsBefore(sentence, (rest, _) => ClauseSplitter.IsConjunction(rest));

    private static readonly string[][] Elaborations = DataFile.Lines("elaborations.txt")
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>
    /// The heads left by cutting an elaboration ("، لاسيما الوضع الأمني"، "، سواء لحشد التأييد أو ..."، "، بواقع ..."), a
    /// consequence ("، فأهلا بالرياض ..."، "، فإن ...") or a "وذلك" clause with no comma before it, shortest first; a cut
    /// inside a quotation closes it. Each is a whole sentence, but what goes is often worth keeping, so these are
    /// second-choice cuts.
    /// </summary>
    public static IReadOnlyList<string> ElaborationHeads(string sentence) =>
        HeadsBefore(sentence, (rest, head) => StartsWithAny(rest, Elaborations) || OpensGluedAddition(rest) || OpensConsequence(rest, head), secondChoice: true);

    /// <summary>
    /// The heads before each comma whose following text <paramref name="cutsAt"/> accepts (given the text and the head
    /// before the comma); a second choice also cuts before "وذلك" without a comma and closes a quotation left open.
    /// </summary>
    private static List<string> HeadsBefore(string sentence, Func<string, string, bool> cutsAt, bool secondChoice = false)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var heads = new List<string>();
        if (OpensDependentClause(sentence))
        {
            return heads;
        }

        foreach (var i in Breaks(sentence, secondChoice))
        {
            var rest = sentence[(i + 1)..].TrimStart();
            var atComma = sentence[i] is '،' or ',';
            if ((atComma && !cutsAt(rest, sentence[..i])) || EmbedsRelative(sentence, i))
            {
                continue;
            }

            var head = sentence[..i].TrimEnd();
            var ended = secondChoice ? EndedClosingQuotation(head) : Balanced.Is(head) ? head + "." : null;
            if (ended is not null && SentenceExtractor.CountWords(head) >= MinHeadWords && !SentenceCompressor.EndsDangling(head)
                && !SentenceCompressor.IsSpeechIntroduction(head) && !LeavesObjectBehind(sentence[i..]))
            {
                heads.Add(ended);
            }
        }

        return heads;
    }

    /// <summary>
    /// The commas, and for a second choice the space before a "وذلك" that no comma precedes ("... للسهم وذلك بواقع ...")
    /// or before a second "وأن" clause ("أن تتواصل حملات التوعية وأن يتواصل ...").
    /// </summary>
    private static IEnumerable<int> Breaks(string sentence, bool secondChoice)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            if (sentence[i] is '،' or ',')
            {
                yield return i;
            }
            else if (secondChoice && sentence[i] == ' ' && i > 0 && sentence[i - 1] is not ('،' or ',' or ' ')
                && (StartsAt(sentence, i + 1, "وذلك ") || SecondComplementAt(sentence, i)))
            {
                yield return i;
            }
        }
    }

    private static bool StartsAt(string sentence, int index, string word) => string.CompareOrdinal(sentence, index, word, 0, word.Length) == 0;

    /// <summary>
    /// "كان من الضروري أن تتواصل حملات التوعية والتحسيس وأن يتواصل الاجتهاد ...": with no comma, "وأن" still opens a
    /// second complement when the head holds one already. Not "وإن", which without a comma is "even if" ("وإن كان").
    /// </summary>
    private static bool SecondComplementAt(string sentence, int space) =>
        (StartsAt(sentence, space + 1, "وأن ") || StartsAt(sentence, space + 1, "وبأن "))
        && sentence[..space].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(ImpliedSubject.IsComplementizer);

    /// <summary>Quoted words fewer than this before a cut are no sentence of the speaker's.</summary>
    private const int MinQuotedHeadWords = 4;

    /// <summary>
    /// The head with its full stop, and when it stops inside a quotation, with the quotation closed after it:
    /// "قالت الشركة إن "مجلس الإدارة أقر توزيع الأرباح."". Null when the head is not balanced even so.
    /// </summary>
    private static string? EndedClosingQuotation(string head)
    {
        if (Balanced.Is(head))
        {
            return head + ".";
        }

        var open = head.LastIndexOfAny(QuoteMarks.Opening);
        if (open < 0 || SentenceExtractor.CountWords(head[(open + 1)..]) < MinQuotedHeadWords)
        {
            return null;
        }

        var closed = head + "." + QuoteMarks.Closing(head[open]);
        return Balanced.Is(closed) ? closed : null;
    }

    private static readonly HashSet<string> ConsequenceParticles = [.. DataFile.Lines("consequence-particles.txt")];

    private static readonly string[] Conditionals = [.. DataFile.Lines("conditionals.txt").Select(l => " " + l + " ")];

    /// <summary>
    /// "...، فأهلا بالرياض ..."، "...، فإن ..."، "...، فقد ...": ف glued to a word with a hamza or to a particle draws a
    /// consequence from a whole clause, unless the head holds a condition ("إذا"، "لو"، "أما") whose answer the ف opens.
    /// </summary>
    private static bool OpensConsequence(string rest, string head)
    {
        var first = Tashkeel.Strip(rest.Split(' ', 2)[0].TrimEnd('،', ','));
        return first.Length >= 3 && first[0] == 'ف' && (first[1] is 'أ' or 'إ' || ConsequenceParticles.Contains(first[1..]))
            && !Conditionals.Any(c => (" " + head + " ").Contains(c, StringComparison.Ordinal));
    }

    private static readonly char[] Commas = ['،', ','];

    private static readonly string[] Including = [.. DataFile.Lines("including.txt").Select(l => " " + l + " ")];

    /// <summary>"أعلنت الحكومة عدة قرارات من بينها طرد 23 دبلوماسيا": the list's later items may go, it gives examples.</summary>
    private static bool IntroducesExamples(string head) => Including.Any(w => (" " + head + " ").Contains(w, StringComparison.Ordinal));

    /// <summary>A head before a relative clause is shorter than this (words) only when the relative interrupts it.</summary>
    private const int MinRelativeHeadWords = 10;

    /// <summary>
    /// Whether the relative clause opening after the comma at <paramref name="comma"/> ("، والذي ...") sits inside the main
    /// clause rather than after it: "ناشد والد الشابة ...، والتي قضت في عفرين، حكومة بلاده ..." resumes the main clause
    /// after it, and "وأدى النزاع المستمر منذ ثلاث سنوات، والذي بدأ ... إلى دفع ..." has its object inside it; cutting
    /// there would leave the verb without its object. Other clause openings are not relatives.
    /// </summary>
    internal static bool EmbedsRelative(string sentence, int comma)
    {
        var rest = sentence[(comma + 1)..].TrimStart();
        var first = Tashkeel.Strip(rest.Split(' ', 2)[0]);
        if (first is not ("والذي" or "والتي" or "والذين"))
        {
            return false;
        }

        if (SentenceExtractor.CountWords(sentence[..comma]) < MinRelativeHeadWords)
        {
            return true;
        }

        var next = sentence.IndexOfAny(Commas, comma + 1);
        if (next < 0)
        {
            return false;
        }

        var after = sentence[(next + 1)..].TrimStart();
        return !OpensSecondaryClause(after) && !ClauseSplitter.IsConjunction(after) && !LeavesObjectBehind(sentence[next..]);
    }

    /// <summary>
    /// "أضاف أن القرار خارج على الشرعية الدولية، وأن الدول العربية عازمة ...": a second "وأن" clause after a head that
    /// already holds its verb's complement; the head is a whole sentence.
    /// </summary>
    private static bool SecondComplement(string rest, string head) =>
        rest.Split(' ', 2)[0] is "وأن" or "وإن" or "وبأن" && head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(ImpliedSubject.IsComplementizer);

    private static readonly string[][] Subordinators = DataFile.Lines("subordinators.txt")
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>"رغم إصرار المنظمين على ...، إلا أن ...": the part before the main clause is no sentence of its own.</summary>
    internal static bool OpensDependentClause(string sentence)
    {
        var words = sentence.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var first = words[0].TrimEnd('،', ',');
        var bare = first.Length > 2 && first[0] is 'و' or 'ف' ? first[1..] : first;
        return Subordinators.Any(s => s.Length <= words.Length
            && (s[0] == first || s[0] == bare) && s.Skip(1).Select((w, k) => words[k + 1].TrimEnd('،', ',') == w).All(b => b));
    }

    /// <summary>
    /// "... في وقت أعلن حاكم الإقليم، حيث تقع الجزيرة، أن موارد ..." — the part after the comma is only an aside when
    /// a later comma is followed by "أن": that "أن" completes a verb of the head, so cutting there leaves it without its object.
    /// </summary>
    internal static bool LeavesObjectBehind(string tail) => ObjectAfterAside().IsMatch(tail);

    [GeneratedRegex(@"[،,]\s*(?:أن|إن|بأن|ان)\s")]
    private static partial Regex ObjectAfterAside();

    internal static bool OpensSecondaryClause(string rest)
    {
        var words = rest.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var first = Tashkeel.Strip(words[0].TrimEnd('،', ',', ':'));
        if (first.Length > 2 && first[0] == 'و' && ReportingVerbs.Of(first) is not null)
        {
            return true;
        }

        return StartsWithAny(rest, Openers);
    }

    /// <summary>
    /// "، إضافة للقب دوري الأبطال": "إضافة إلى" with the preposition glued to its noun, which in a list often adds its
    /// last item rather than a clause, so it is an elaboration.
    /// </summary>
    private static bool OpensGluedAddition(string rest)
    {
        var words = rest.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && Tashkeel.Strip(words[0]) is "إضافة" or "بالإضافة" && words[1].Length > 3 && words[1][0] == 'ل';
    }

    /// <summary>Whether <paramref name="rest"/> opens with one of the word sequences of <paramref name="openers"/> (tashkeel ignored).</summary>
    private static bool StartsWithAny(string rest, string[][] openers)
    {
        var bare = rest.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries).Select(Tashkeel.Strip).ToArray();
        foreach (var opener in openers)
        {
            if (opener.Length <= bare.Length && opener.Select((w, k) => k == opener.Length - 1 ? bare[k].TrimEnd('،', ',', ':') == w : bare[k] == w).All(b => b))
            {
                return true;
            }
        }

        return false;
    }
}
