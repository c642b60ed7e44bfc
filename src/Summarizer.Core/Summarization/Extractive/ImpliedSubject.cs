using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Finds who speaks in each sentence that opens with a reporting verb, and resolves a verb whose subject is only
/// implied ("وأضاف أن ...") from the sentence before ("وقال وزير المالية إن ..." → "أضاف وزير المالية أن ...").
/// When the speaker cannot be found with certainty (no antecedent, another gender or number, a name too long to
/// delimit), nothing is resolved and the sentence is not used as a key point.
/// </summary>
internal static class ImpliedSubject
{
    private const int MaxSpeakerWords = 8;

    /// <summary>How far back a speaker is looked for: the sentence before, or the one before it when that one quotes.</summary>
    private const int LookBack = 2;

    /// <summary>The verb that opens a sentence, its agreement, the named speaker (null when implied).</summary>
    /// <param name="SpeakerUsable">Whether <paramref name="Speaker"/> was delimited cleanly enough to name a later sentence's speaker.</param>
    internal sealed record Opening(string Verb, ReportingVerbs.Agreement Agreement, string? Speaker, int VerbEnd, bool SpeakerUsable = false);

    /// <summary>The reporting-verb opening of <paramref name="sentence"/>; null when it opens with something else.</summary>
    public static Opening? Read(string sentence) => Read(sentence, ReportingVerbs.Of);

    private static readonly FrozenDictionary<string, ReportingVerbs.Agreement> FrameVerbs = ReportingVerbs.LoadForms("speech-frame-verbs.txt");

    private static ReportingVerbs.Agreement? FrameVerb(string word) => ReportingVerbs.Of(word, FrameVerbs);

    /// <summary>
    /// The person a sentence opens with as the subject of a verb of commenting ("وتطرق خلفان في تغريدة إلى ..."،
    /// <c>Data/speech-frame-verbs.txt</c>): the speaker of a "حيث قال:" later in it. Null unless the name's end was seen.
    /// </summary>
    public static Opening? ReadFrame(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Read(sentence, FrameVerb) is { Speaker: not null, SpeakerUsable: true } opening ? opening : null;
    }

    private static Opening? Read(string sentence, Func<string, ReportingVerbs.Agreement?> verbs)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // Punctuation glued to a word ("أضاف أن:\"..."، "أضافت:\"...") is spaced out so that the verb and its stops are seen.
        var tokens = Spaced(sentence).Split(' ', MaxSpeakerWords + 3, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return null;
        }

        if (tokens.Length == 1)
        {
            // A speech opening cut from its frame ("... حيث قال:"): the verb alone, its speaker implied.
            var only = Token.Bare(tokens[0]);
            return verbs(only) is { } alone && tokens[0].StartsWith(only, StringComparison.Ordinal)
                ? new Opening(only, alone, null, sentence.IndexOf(tokens[0], StringComparison.Ordinal) + only.Length)
                : null;
        }

        var verb = Token.Bare(tokens[0]);
        if (verbs(verb) is not { } agreement || !tokens[0].StartsWith(verb, StringComparison.Ordinal))
        {
            return null;
        }

        if (verb.Length != tokens[0].Length)
        {
            // "قال:" or "أضاف،": the verb itself carries the punctuation, so no subject follows it.
            return new Opening(verb, agreement, null, sentence.IndexOf(tokens[0], StringComparison.Ordinal) + verb.Length);
        }

        var verbEnd = sentence.IndexOf(tokens[0], StringComparison.Ordinal) + tokens[0].Length;
        var speaker = new List<string>();
        var delimited = false;
        var byComma = false;
        var listed = false;
        var first = 1;
        if (tokens.Length > 3 && TimeWords.Contains(Token.Bare(tokens[1])) && tokens[1].Length == Token.Bare(tokens[1]).Length)
        {
            // "أفاد الثلاثاء أحد المقربين من ...": the day comes between the verb and its speaker.
            first = 2;
        }

        for (var i = first; i < tokens.Length && speaker.Count <= MaxSpeakerWords; i++)
        {
            var token = tokens[i];
            var word = Token.Bare(token);
            if (word.Length == 0 || ReportingVerbs.IsStop(word) || QuoteMarks.Opens(token[0]) || token[0] == '(' || (speaker.Count > 0 && IsSpeechAct(word)))
            {
                // "كتبت كندة توضيحا لجمهورها": what the speaker wrote ends the name.
                delimited = true;
                break;
            }

            speaker.Add(word);
            if (word.Length != token.Length)
            {
                // A comma or colon after the word ends the name ("قال الوزير، في بيان، إن").
                delimited = true;
                byComma = token[word.Length..].StartsWith('،') || token[word.Length..].StartsWith(',');
                listed = byComma && i + 1 < tokens.Length && ClauseSplitter.IsConjunction(tokens[i + 1]) && !Pronouns.Contains(Token.Bare(tokens[i + 1]));
                break;
            }
        }

        // "قال لرويترز "..."": a word glued to ل right after the verb is whom the speaker told; the speaker is implied.
        // A name that begins with ل and is set off by a comma speaks ("وقال ليبرمان، في تصريحات صحفية، إن").
        if (speaker.Count == 0 || (delimited && speaker[0].Length > 3 && speaker[0][0] == 'ل'
            && ((speaker.Count == 1 && !byComma) || ReportingVerbRewriter.IsAddressee(speaker[0]))))
        {
            return new Opening(verb, agreement, null, verbEnd);
        }

        // A subject is named; it can serve as a later sentence's speaker only when its end was seen.
        // "وأشار وأوضح تقي" (a typo in the source) names no speaker that can be repeated.
        // "وقال المحامون ياكوف فاينروت، ويوسي كوهين، وأميت حداد، إن": the comma ends only the first of several names.
        var usable = delimited && !listed && speaker.Count <= MaxSpeakerWords && !speaker.Any(w => w.Any(char.IsDigit)) && ReportingVerbs.Of(speaker[0]) is null;
        return new Opening(verb, agreement, string.Join(' ', speaker), verbEnd, usable);
    }

    /// <summary>
    /// The sentence at <paramref name="index"/> with an implied speaker named after its verb; the sentence as it is when
    /// it names its speaker or does not open with a reporting verb; null when the speaker is implied and cannot be found.
    /// </summary>
    /// <param name="texts">The sentences' texts, each as it would be shown (leading conjunctions already removed).</param>
    public static string? Resolve(IReadOnlyList<string> texts, int index)
    {
        var opening = Read(texts[index]);
        if (opening is null || opening.Speaker is not null)
        {
            return texts[index];
        }

        var speaker = Antecedent(texts, index, opening.Agreement);
        if (speaker is null)
        {
            return null;
        }

        var text = texts[index];
        var verbStart = text.IndexOf(opening.Verb, StringComparison.Ordinal);
        var verb = text[verbStart..opening.VerbEnd];
        if (opening.Agreement == ReportingVerbs.Agreement.Plural && verb.EndsWith("وا", StringComparison.Ordinal))
        {
            // "أكدوا" before its subject is "أكد شهود عيان".
            verb = verb[..^2];
        }

        return verb + " " + speaker + text[opening.VerbEnd..];
    }

    private static string? Antecedent(IReadOnlyList<string> texts, int index, ReportingVerbs.Agreement agreement)
    {
        for (var back = 1; back <= LookBack && index - back >= 0; back++)
        {
            var previous = Read(texts[index - back]) ?? AfterFrame(texts[index - back]) ?? AfterFronted(texts[index - back]);
            if (previous is null)
            {
                // "نقلت الوكالة على لسان الرئيس توضيحه أن ...": the relayed speaker goes on speaking in "وتابع قائلا".
                if (Relayed(texts[index - back]) is { } relayed)
                {
                    return relayed.Agreement == agreement ? relayed.Speaker : null;
                }

                // A sentence that does not report speech may name someone else: look no further.
                if (back == 1 && Quotes(texts[index - back]))
                {
                    continue;
                }

                return null;
            }

            if (previous.Agreement != agreement)
            {
                var pluralAfterSingularVerb = agreement == ReportingVerbs.Agreement.Plural && previous.Agreement == ReportingVerbs.Agreement.Masculine
                    && previous is { Speaker: { } plural, SpeakerUsable: true } && IsPluralSpeaker(plural);
                return pluralAfterSingularVerb ? previous.Speaker : null;
            }

            return previous.Speaker is null ? ResolvedSpeaker(texts, index - back, agreement) : previous.SpeakerUsable ? previous.Speaker : null;
        }

        return null;
    }

    /// <summary>"قال الوزير، وهو يتحدث في مؤتمر، إن": a clause about the speaker, not another name.</summary>
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(["وهو", "وهي", "وهم", "وهما"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> PluralSpeakers = DataFile.Lines("plural-speakers.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "وأفاد شهود عيان أن ..." then "وأكدوا أن ...": a verb before its subject stays singular, so a plural speaker named
    /// after a masculine verb goes on speaking in a plural one. A sound plural ("المحامون") or a broken plural of
    /// <c>Data/plural-speakers.txt</c> ("شهود"، "خبراء") first in the name.
    /// </summary>
    private static bool IsPluralSpeaker(string speaker)
    {
        var head = Token.Bare(speaker.Split(' ', 2)[0]);
        var noun = head.StartsWith("ال", StringComparison.Ordinal) ? head[2..] : head;
        return (noun.Length > 4 && noun.EndsWith("ون", StringComparison.Ordinal)) || PluralSpeakers.Contains(noun);
    }

    /// <summary>The most words of a topic frame before its comma ("فيما يتعلق بالنقل الجوي،").</summary>
    private const int MaxFrameWords = 6;

    private static readonly FrozenSet<string> SpeechActs = DataFile.Lines("speech-act-objects.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> names what a speaker wrote or issued ("توضيحا"، "بيانا"، "تغريدة").</summary>
    internal static bool IsSpeechAct(string word) => SpeechActs.Contains(Token.Bare(word));

    /// <summary>The most words of a phrase put before the verb ("وعبر حسابها الرسمي على "انستغرام"").</summary>
    private const int MaxFrontedWords = 6;

    /// <summary>
    /// "وعبر حسابها الرسمي على "انستغرام" كتبت كندة توضيحا لجمهورها، ...": a phrase that opens with a preposition,
    /// then a reporting verb whose speaker is ended by what the speaker wrote or issued (<c>Data/speech-act-objects.txt</c>).
    /// That object is what makes the name's end certain; without it, a verb after a fronted phrase names no speaker here.
    /// </summary>
    internal static Opening? AfterFronted(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = sentence.Split(' ', MaxFrontedWords + 3, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 4 || !OpensWithPreposition(Token.Bare(tokens[0])) || ClauseTrimmer.OpensDependentClause(sentence.TrimStart()))
        {
            return null;
        }

        for (var k = 1; k <= MaxFrontedWords && k + 2 < tokens.Length; k++)
        {
            if (IsComplementizer(tokens[k]))
            {
                // "في حين أن ..." or "من المتوقع أن ...": a clause of its own, not a phrase before the verb.
                return null;
            }

            if (ReportingVerbs.Of(tokens[k]) is null || Token.Bare(tokens[k]).Length != tokens[k].Length)
            {
                continue;
            }

            var at = sentence.IndexOf(" " + tokens[k] + " ", StringComparison.Ordinal);
            var opening = at < 0 ? null : Read(sentence[(at + 1)..]);
            if (opening is not { Speaker: { } speaker, SpeakerUsable: true })
            {
                return null;
            }

            var after = sentence[(at + 1 + opening.VerbEnd)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var count = speaker.Split(' ').Length;
            return after.Length > count && IsSpeechAct(after[count]) ? opening : null;
        }

        return null;
    }

    private static readonly FrozenSet<string> Prepositions = DataFile.Lines("fronting-prepositions.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"عبر"، "وفي"، "على": a preposition, with a leading و or not.</summary>
    private static bool OpensWithPreposition(string word) =>
        !IsComplementizer(word) && (Prepositions.Contains(word) || (word.Length > 2 && word[0] == 'و' && Prepositions.Contains(word[1..])));

    /// <summary>"في ما يتعلق بالنقل الجوي، كشف الوزير أن ...": the opening after a topic frame names who speaks next.</summary>
    private static Opening? AfterFrame(string sentence)
    {
        if (Connectives.Opening(sentence).Kind != Connectives.Kind.Frame)
        {
            return null;
        }

        var comma = sentence.IndexOfAny(['،', ',']);
        return comma < 0 || SentenceExtractor.CountWords(sentence[..comma]) > MaxFrameWords ? null : Read(sentence[(comma + 1)..].TrimStart());
    }

    private static readonly FrozenSet<string> RelayVerbs = DataFile.Lines("relay-verbs.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far into a relaying sentence "عن" or "على لسان" is looked for (the relayer's name comes first).</summary>
    private const int MaxRelayerWords = 10;

    /// <summary>The most words of a relayed speaker's name ("مصدر ديبلوماسي"، "وزير الخارجية التركي").</summary>
    private const int MaxRelayedWords = 5;

    /// <summary>
    /// The speaker whose words a sentence relays ("نقلت الصحيفة عن مصدر ديبلوماسي، قوله إن ..." → "مصدر ديبلوماسي"),
    /// with the agreement of the pronoun on the verbal noun that ends the name ("قوله" masculine, "قولها" feminine,
    /// "قولهم" plural). Null unless that noun is found right before "أن/إن" or a quotation: without it the name's end is unknown.
    /// </summary>
    internal static (string Speaker, ReportingVerbs.Agreement Agreement)? Relayed(string sentence)
    {
        var tokens = Spaced(sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 4)
        {
            return null;
        }

        var verb = Tashkeel.Strip(Token.Bare(tokens[0]));
        if (!RelayVerbs.Contains(verb) && !(verb.Length > 3 && verb[0] == 'و' && RelayVerbs.Contains(verb[1..])))
        {
            return null;
        }

        var from = -1;
        for (var i = 1; i < Math.Min(tokens.Length, MaxRelayerWords + 2) && from < 0; i++)
        {
            var word = Token.Bare(tokens[i]);
            if (word == "عن")
            {
                from = i + 1;
            }
            else if (word == "لسان" && Token.Bare(tokens[i - 1]) == "على")
            {
                from = i + 1;
            }
        }

        if (from < 0)
        {
            return null;
        }

        var name = new List<string>();
        for (var i = from; i + 1 < tokens.Length && name.Count <= MaxRelayedWords; i++)
        {
            var word = Token.Bare(tokens[i]);
            if (name.Count > 0 && VerbalNounAgreement(word) is { } agreement && OpensSpeech(tokens[i + 1]))
            {
                return (string.Join(' ', name), agreement);
            }

            if (word.Length == 0 || ReportingVerbs.IsStop(word) || ReportingVerbs.Of(word) is not null || word.Any(char.IsDigit) || QuoteMarks.Opens(tokens[i][0]))
            {
                return null;
            }

            name.Add(word);
        }

        return null;
    }

    private static ReportingVerbs.Agreement? VerbalNounAgreement(string word) =>
        word.Length < 4 ? null
        : word.EndsWith("هم", StringComparison.Ordinal) ? ReportingVerbs.Agreement.Plural
        : word.EndsWith("ها", StringComparison.Ordinal) ? ReportingVerbs.Agreement.Feminine
        : word.EndsWith('ه') ? ReportingVerbs.Agreement.Masculine
        : null;

    /// <summary>"أن"، "إن" or a quotation mark: what follows the verbal noun is the relayed words.</summary>
    private static bool OpensSpeech(string token) => QuoteMarks.Opens(token[0]) || IsComplementizer(token);

    /// <summary>A chain of implied verbs ("وقال الوزير ... وأضاف ... وتابع ...") all have the first one's speaker.</summary>
    private static string? ResolvedSpeaker(IReadOnlyList<string> texts, int index, ReportingVerbs.Agreement agreement) =>
        index == 0 ? null : Antecedent(texts, index, agreement);

    /// <summary>A sentence that is a quotation only (its words are the speaker's, it names no one new).</summary>
    private static bool Quotes(string text)
    {
        var t = text.TrimStart();
        return t.Length > 0 && QuoteMarks.Opens(t[0]);
    }

    /// <summary>Whether <paramref name="word"/> is "أن"، "إن"، "بأن" and their forms.</summary>
    public static bool IsComplementizer(string word)
    {
        var w = Token.Bare(word);
        return w.Length is > 1 and < 6 && (w.StartsWith("أن", StringComparison.Ordinal) || w.StartsWith("إن", StringComparison.Ordinal) || w.StartsWith("بأن", StringComparison.Ordinal))
            && ReportingVerbs.IsStop(w);
    }

    private static string Spaced(string sentence)
    {
        var head = sentence.Length > 200 ? sentence[..200] : sentence;
        return head.Replace(":", ": ", StringComparison.Ordinal).Replace("\"", " \"", StringComparison.Ordinal).Replace("«", " «", StringComparison.Ordinal);
    }
}
