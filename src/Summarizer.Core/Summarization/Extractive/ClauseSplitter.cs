using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Finds the whole clauses inside a long sentence that can stand as sentences of their own. Opinion columns and Gulf
/// news run 60–170 words a sentence, chaining clauses with "، و" and "، بينما"; none of those sentences fits a key point.
/// A clause starts after a comma where a new subject or a verb with its own subject follows ("، وأصبح الحديث عن ..."),
/// a removable connective with a clause after it ("، بينما أعلن الوزير ..."), or a reporting verb whose speaker is
/// named or is the sentence's own ("قال الوزير ...، وأضاف أن ..." → "أضاف الوزير أن ..."). It ends at the next such
/// boundary, a secondary clause ("، مشيرا إلى ...") or the sentence's end, so it keeps its predicate and object.
/// A clause whose subject is only implied ("، وفاز بالكأس"، "، ولا يمكن أن ...") is never taken.
/// </summary>
internal static class ClauseSplitter
{
    /// <summary>A clause shorter than this (words) is rarely a whole fact.</summary>
    public const int MinClauseWords = 7;

    private static readonly FrozenSet<string> Stops = DataFile.Lines("clause-stops.txt").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> WawWords = DataFile.Lines("clause-waw-words.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A clause of a sentence: where it starts in the sentence and its stand-alone text, ending with a full stop.</summary>
    internal sealed record Clause(int Start, string Text);

    /// <summary>
    /// The clauses after the sentence's first one that stand alone, each the longest span that fits
    /// <paramref name="preferredWords"/> (else <paramref name="maxWords"/>); none when the sentence has no such boundary.
    /// </summary>
    public static IReadOnlyList<Clause> Clauses(string sentence, int preferredWords, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var commas = Commas(sentence);
        if (commas.Count == 0)
        {
            return [];
        }

        // Each clause's opening is rewritten once (its conjunction dropped, its speaker named); the rewrite touches only
        // the first words, so every span from that start is the rewritten text minus the same tail.
        var openings = new string?[commas.Count];
        var ends = new bool[commas.Count];
        for (var k = 0; k < commas.Count; k++)
        {
            var rest = sentence[(commas[k] + 1)..].TrimStart();
            openings[k] = Opening(rest, sentence[..commas[k]]);
            // Before "، و" what precedes is whole (a clause, or a clause and a coordinated part that may go with its و);
            // "، لكن ..." and "، إلا أن ..." also open a clause, but what they follow is often only its concession: not an end.
            ends[k] = (IsConjunction(rest) || ClauseTrimmer.OpensSecondaryClause(rest)) && !ClauseTrimmer.EmbedsRelative(sentence, commas[k]);
        }

        var result = new List<Clause>();
        for (var k = 0; k < commas.Count; k++)
        {
            if (openings[k] is not { } opened)
            {
                continue;
            }

            string? best = null;
            string? fallback = null;
            for (var e = k + 1; e <= commas.Count; e++)
            {
                if (e < commas.Count && (!ends[e] || ClauseTrimmer.LeavesObjectBehind(sentence[commas[e]..])))
                {
                    continue;
                }

                var tail = e < commas.Count ? sentence.Length - commas[e] : 0;
                if (tail >= opened.Length)
                {
                    continue;
                }

                var text = opened[..(opened.Length - tail)].TrimEnd();
                if (!Fits(text))
                {
                    continue;
                }

                var words = ReaderWords.Count(text);
                if (words <= preferredWords)
                {
                    best = text;
                }
                else if (words <= maxWords && fallback is null)
                {
                    fallback = text;
                }
            }

            if ((best ?? fallback) is { } clause)
            {
                // The clause starts at its first word, not at the space after the comma: a run-on's pieces are joined by
                // that space, so a clause opening a piece belongs to it, not to the piece before.
                var start = commas[k] + 1;
                while (start < sentence.Length && char.IsWhiteSpace(sentence[start]))
                {
                    start++;
                }

                result.Add(new Clause(start, ExtractiveSummarizer.Finish(clause)));
            }
        }

        return result;
    }

    private static bool Fits(string text) =>
        SentenceExtractor.CountWords(text) >= MinClauseWords && Balanced.Is(text) && !SentenceCompressor.EndsDangling(text)
        && !SentenceCompressor.IsSpeechIntroduction(text) && SentenceEnd.LastMark(text) is not (':' or '،' or ',');

    /// <summary>
    /// The clause <paramref name="rest"/> as it reads alone (its conjunction or connective removed, an implied speaker
    /// named from <paramref name="head"/>); null when it does not open a clause that stands alone.
    /// </summary>
    internal static string? Opening(string rest, string head)
    {
        var hadWaw = IsConjunction(rest);
        var text = hadWaw ? rest[1..] : rest;
        var (kind, length) = Connectives.Opening(text);
        if (kind == Connectives.Kind.Skip)
        {
            return null;
        }

        var connective = kind is Connectives.Kind.Drop or Connectives.Kind.DropNamed && length < text.Length;
        if (connective)
        {
            text = text[length..].TrimStart();
        }

        var words = text.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries).Select(Token.Bare).ToArray();
        if (words.Length < 3)
        {
            return null;
        }

        if (!hadWaw && !connective)
        {
            // Without a conjunction the words after a comma continue the clause before: its predicate ("X، قال ...")
            // or a description ("توضيحا، أعلنت فيه ...").
            return null;
        }

        if (ReportingVerbs.Of(words[0]) is not null)
        {
            // "، وأضاف أن ..." speaks with the sentence's own speaker.
            return ImpliedSubject.Resolve([head.Trim(), text], 1);
        }

        return HasOwnSubject(words) && !InList(text, head) && HasPredicate(text) && !ReportsSpeech(head) ? text : null;
    }

    /// <summary>
    /// "قال محمد بن سلمان إن ترامب هو الرئيس المنتخب، والعلاقات السعودية الأمريكية تاريخية": after a reporting verb and its
    /// "إن" the clauses that follow are the speaker's claims; alone they would read as the article's own.
    /// </summary>
    private static bool ReportsSpeech(string head)
    {
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var verb = 0; verb < words.Length; verb++)
        {
            if (ReportingVerbs.Of(Token.Bare(words[verb])) is not null && words.Skip(verb + 1).Take(MaxSpeakerWords).Any(ImpliedSubject.IsComplementizer))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The most words between a reporting verb and the "إن" of its speech ("قال وزير الخارجية، في مؤتمر صحفي عقده في
    /// واشنطن، إن"). A complementizer further on belongs to another verb ("يقول بحظر ...، بل وبحل من ثبت ... أنها").
    /// </summary>
    private const int MaxSpeakerWords = 12;

    /// <summary>The most words of a list item: "ووكالة الضرائب الكندية CRA"، "وإدارة الضرائب والجمارك في المملكة المتحدة HMRC".</summary>
    private const int MaxListItemWords = 8;

    /// <summary>
    /// "، والبنوك المركزية تواصل شراء ..." is a clause: its definite noun has a verb after it. "، والموقف المالي للشركات
    /// التابعة لها، ..." has none before the next comma: it is one more object of the verb before the comma.
    /// </summary>
    private static bool HasPredicate(string text)
    {
        var comma = text.IndexOfAny(['،', ',']);
        var segment = (comma < 0 ? text : text[..comma]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Bare).ToArray();
        if (segment.Length == 0)
        {
            return false;
        }

        // The first word is a verb when it has a verb's form: "فاز"، "أعلن"، "ارتفع"، "تراجعت" (not "وكالة"، "مستشار").
        var first = segment[0];
        var verbFirst = !IsDefinite(first) && !first.EndsWith('ة') && (first.Length <= 4 || (first.Length <= 6 && first[0] == 'ا'));
        return verbFirst || segment.Any(w => (IsImperfect(w) && !IsStop(w)) || IsFemininePerfect(w) || ReportingVerbs.Of(w) is not null || Copulas.Contains(w));
    }

    /// <summary>"أعلنت"، "قررت": a verb's feminine ending, not a plural's ("الشركات"، "مليارات") nor a noun after a preposition ("للشركات").</summary>
    private static bool IsFemininePerfect(string w) =>
        w.Length is > 3 and < 7 && w.EndsWith('ت') && !w.EndsWith("ات", StringComparison.Ordinal) && !IsDefinite(w) && !IsPrepositional(w);

    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(["هو", "هي", "هم", "كان", "كانت", "كانوا", "ليس", "ليست", "أصبح", "أصبحت", "بات", "باتت", "ظل", "ظلت"], StringComparer.Ordinal);

    /// <summary>
    /// "... ومكتب الضرائب ATO، ووكالة الضرائب الكندية CRA، ودائرة ...": a short part after "، و" that another "، و" follows,
    /// or that follows one, is an item of a list, not a clause: it has no verb, and cutting before it leaves the list cut.
    /// </summary>
    private static bool InList(string text, string head)
    {
        var comma = text.IndexOfAny(['،', ',']);
        var own = SentenceExtractor.CountWords(comma < 0 ? text : text[..comma]);
        if (own > MaxListItemWords)
        {
            return false;
        }

        if (comma > 0 && IsConjunction(text[(comma + 1)..].TrimStart()))
        {
            return true;
        }

        var before = head.TrimEnd();
        var previous = before.LastIndexOfAny(['،', ',']);
        var item = previous < 0 ? null : before[(previous + 1)..].Trim();
        return item is not null && SentenceExtractor.CountWords(item) <= MaxListItemWords && IsConjunction(item);
    }

    /// <summary>
    /// A verb or noun followed by a definite noun ("أصبح الحديث"، "عودة النجوم"، "الحكومة المصرية") or by a noun and a
    /// definite one ("أعلن رئيس الوزراء"), or a part of a definite whole ("الكثير من الأندية"): a subject of its own is
    /// named. A particle, a preposition or a pronoun first, or a word pointing back ("آخرها") is not.
    /// </summary>
    private static bool HasOwnSubject(string[] words)
    {
        var (w1, w2, w3) = (words[0], words[1], words[2]);
        if (IsDefinite(w1) && w2 == "من" && IsDefinite(w3))
        {
            // "الكثير من الأندية"، "العديد من الدول": a part of a definite whole.
            return true;
        }

        if (Stops.Contains(w1) || Stops.Contains(w2) || PointsBack(w1) || PointsBack(w2) || IsPrepositional(w1) || IsPrepositional(w2))
        {
            return false;
        }

        return IsDefinite(w2) || (IsDefinite(w3) && !IsImperfect(w1));
    }

    /// <summary>Whether <paramref name="word"/> is a particle, preposition or pronoun of <c>Data/clause-stops.txt</c>.</summary>
    internal static bool IsStop(string word) => Stops.Contains(word);

    private static bool IsDefinite(string word) => word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3;

    /// <summary>"يمثل خرقا لقرارات ..." : an imperfect verb followed by its object has an implied subject.</summary>
    private static bool IsImperfect(string word) => word.Length > 3 && word[0] is 'ي' or 'ت' or 'ن' && !IsDefinite(word);

    /// <summary>"بالكأس"، "للفريق"، "كالعادة": a preposition glued to a definite noun.</summary>
    private static bool IsPrepositional(string word) =>
        word.Length > 4 && word[0] is 'ب' or 'ل' or 'ك' && (word.AsSpan(1).StartsWith("ال") || word.AsSpan(1).StartsWith("ل"));

    /// <summary>A word carrying a pronoun that points at a noun of an earlier clause ("آخرها"، "أحدهم").</summary>
    private static bool PointsBack(string word) =>
        word.Length > 4 && (word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal) || word.EndsWith("هما", StringComparison.Ordinal));

    /// <summary>Whether <paramref name="rest"/> opens with the conjunction و (not a word that begins with the letter).</summary>
    internal static bool IsConjunction(string rest) => rest.Length > 2 && rest[0] == 'و' && !WawWords.Contains(FirstWord(rest));

    private static string FirstWord(string text)
    {
        var end = text.IndexOfAny([' ', '،', ',', ':']);
        return end < 0 ? text : text[..end];
    }

    /// <summary>Comma positions, leaving out those inside a number (2,000).</summary>
    private static List<int> Commas(string sentence)
    {
        var commas = new List<int>();
        for (var i = 1; i < sentence.Length - 1; i++)
        {
            if (sentence[i] is '،' or ',' && !(char.IsDigit(sentence[i - 1]) && char.IsDigit(sentence[i + 1])))
            {
                commas.Add(i);
            }
        }

        return commas;
    }
}
