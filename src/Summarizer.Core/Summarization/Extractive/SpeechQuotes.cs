using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Splits a speaker's words into the sentences they are made of, each a key point of its own with its speaker:
/// "قال الوزير: "S1. S2. S3."" gives "قال الوزير: "S2."" as well as the first, and in a paragraph that goes on after
/// "وقال الوزير: ..." (without quotes, or with a quotation the sentence splitter had to open across sentences) the later
/// sentences are the speaker's too: alone they would read as the article's own words. A quoted sentence is used only
/// when it stands alone (no connective or demonstrative leaning on the sentence before it, no question), and the
/// speaker is taken only from a speech opening whose speaker is named: "قال X:" or "قال X "..."" (an opening ending in
/// "إن" or "أن" would not read with every sentence). The words stay as written; only the other quoted sentences go.
/// </summary>
internal static class SpeechQuotes
{
    /// <summary>A quoted sentence shorter than this (words) is rarely a fact of its own (speech runs to short exclamations).</summary>
    private const int MinQuotedWords = 8;

    /// <summary>"بيان صادر عنه": a speaker named through a pronoun is no speaker a reader can tell.</summary>
    private static readonly FrozenSet<string> BoundPronouns = DataFile.Lines("bound-pronouns.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The longest speech opening, in words: "وقال وزير الخارجية الأمريكي في مؤتمر صحفي:".</summary>
    internal const int MaxIntroWords = 14;

    /// <summary>Where a speaker's words begin in a sentence: the opening ("قال الوزير:") and the quote mark it opens, if any.</summary>
    /// <param name="Speaker">Who speaks, as named in <paramref name="Intro"/>.</param>
    internal sealed record Speech(string Intro, char? Open, int BodyStart, string Speaker = "")
    {
        /// <summary>The mark that closes the quotation, or '\0' for colon speech, which has none.</summary>
        public char Close => Open is { } mark ? QuoteMarks.Closing(mark) : '\0';
    }

    /// <summary>
    /// The speech that <paramref name="text"/> opens: its opening as a key point would show it (a leading connective or a
    /// framing clause before "، حيث قال X:" removed), the quote mark and where the words begin; null when it opens none.
    /// </summary>
    /// <param name="text">The sentence as written.</param>
    /// <param name="resolved">The sentence with an implied speaker named, when it could be (null when it could not).</param>
    /// <param name="previous">The sentence before, as a reader sees it: "حيث قال:" names its speaker from there.</param>
    public static Speech? Find(string text, string? resolved, string? previous = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = resolved ?? text;
        var mark = source.IndexOfAny(['"', '«', '“', ':']);
        if (mark <= 0)
        {
            return null;
        }

        char? open = source[mark] == ':' ? null : source[mark];
        var body = mark + 1;
        var prefix = source[..mark].TrimEnd();
        if (open is null)
        {
            // "قال X: "..."": the colon ends the opening and the quote mark follows it.
            var rest = source[body..].TrimStart();
            if (rest.Length > 0 && QuoteMarks.Opens(rest[0]))
            {
                open = rest[0];
                body = source.Length - rest.Length + 1;
            }

            prefix += ":";
        }
        else if (prefix.EndsWith(':'))
        {
            // Already a colon opening.
        }
        else if (prefix.Split(' ').LastOrDefault() is { } last && (ReportingVerbs.IsStop(Token.Bare(last)) || ImpliedSubject.IsComplementizer(last)))
        {
            // "أكد أن "..."" or "لفت إلى أن "..."": only the quoted words that follow fit that opening.
            return null;
        }

        var intro = Opening(prefix, resolved is null ? previous : null);
        return intro is null ? null : new Speech(intro, open, body, ImpliedSubject.Read(intro)?.Speaker ?? string.Empty);
    }

    /// <summary>
    /// The opening as a key point shows it: "وقال X:" → "قال X:"; "جاء ذلك في بيان، حيث قال X:" → "قال X:". Null when no
    /// reporting verb with a named speaker opens it or it is too long to be only an opening.
    /// </summary>
    private static string? Opening(string prefix, string? previous)
    {
        var colon = prefix.EndsWith(':');
        foreach (var candidate in Tails(colon ? prefix[..^1] : prefix))
        {
            if (ReportingVerbs.Of(candidate.Split(' ', 2)[0]) is null)
            {
                continue;
            }

            // "وأوضح نصرالله وفقا لما نقلته الوكالة:" → "أوضح نصرالله:": who relayed the words is no part of them.
            var text = SentenceCompressor.Compress(candidate, dropAttribution: true, dropAsides: false).TrimEnd('،', ',', ' ');
            if (previous is not null && ImpliedSubject.Read(text) is { Speaker: null } && ImpliedSubject.Resolve([previous, text], 1) is { } named)
            {
                text = named;
            }
            else if (ImpliedSubject.Read(text) is { Speaker: null } implied && text.Length < prefix.Length
                && ImpliedSubject.ReadFrame(prefix) is { } head && head.Agreement == implied.Agreement)
            {
                // "وتطرق خلفان في تغريدة إلى القائمة، حيث قال:" → "قال خلفان:": who comments is who speaks.
                text = text[..implied.VerbEnd] + " " + head.Speaker + text[implied.VerbEnd..];
            }

            // "أوضح البيان أن الأرباح ستكون كالتالي:" introduces a list, not the speaker's words.
            if (SentenceExtractor.CountWords(text) <= MaxIntroWords && ImpliedSubject.Read(text) is { Speaker: not null }
                && text.IndexOfAny(['"', '«', '“', ':']) < 0 && !text.Split(' ').Any(w => ImpliedSubject.IsComplementizer(w) || BoundPronouns.Contains(w.Trim('،', ','))))
            {
                return colon ? text + ":" : text;
            }
        }

        return null;
    }

    /// <summary>The whole prefix, then what follows its last comma (with a leading "حيث" or و removed).</summary>
    private static IEnumerable<string> Tails(string prefix)
    {
        yield return WithoutLeadingWaw(prefix);
        var comma = prefix.LastIndexOfAny(['،', ',']);
        if (comma > 0 && comma + 1 < prefix.Length)
        {
            var tail = prefix[(comma + 1)..].Trim();
            if (tail.StartsWith("حيث ", StringComparison.Ordinal))
            {
                tail = tail[4..];
            }

            yield return WithoutLeadingWaw(tail);
        }

        // "... في مقابلة مع الزميلة كريستيان امانبور حيث قال:"
        var where = prefix.LastIndexOf(" حيث ", StringComparison.Ordinal);
        if (where > comma)
        {
            yield return prefix[(where + 5)..].Trim();
        }
    }

    private static string WithoutLeadingWaw(string text)
    {
        var t = text.Trim();
        return t.Length > 2 && t[0] is 'و' or 'ف' && ReportingVerbs.Of(t.Split(' ', 2)[0][1..]) is not null ? t[1..] : t;
    }

    /// <summary>
    /// The sentences of the speech in <paramref name="text"/> from <paramref name="from"/>: up to its closing quote mark
    /// (or the end, when it stays open), each with its offset; and whether the speech is still open at the end.
    /// </summary>
    public static (IReadOnlyList<(int Offset, string Text)> Sentences, bool StillOpen) Body(string text, int from, char? open)
    {
        ArgumentNullException.ThrowIfNull(text);
        var close = open is { } mark ? QuoteMarks.Closing(mark) : '\0';
        var end = close == '\0' ? -1 : text.IndexOf(close, from);
        var body = end < 0 ? text[from..] : text[from..end];
        var result = new List<(int, string)>();
        var at = 0;
        var split = SentenceSplitter.Split(body).SelectMany(GluedEllipses).ToList();
        for (var k = 0; k < split.Count; k++)
        {
            var sentence = split[k];
            var offset = body.IndexOf(sentence, at, StringComparison.Ordinal);
            at = Math.Max(at, offset + sentence.Length);
            if (k == split.Count - 1 && end >= 0 && !EndsThere(text[(end + 1)..]))
            {
                // "... معاقل الإرهاب" في هذه المدينة ...": the sentence goes on after the quotation closes.
                continue;
            }

            if (EndsWithEllipsis(sentence) && k + 1 < split.Count && GoesOnAfterEllipsis(split[k + 1]))
            {
                // "نحن مستعدون للحوار... إذا التزموا بوقف النار": the ellipsis is a pause, the sentence goes on.
                continue;
            }

            result.Add((from + Math.Max(offset, 0), sentence));
        }

        // Colon speech without quotes runs to the paragraph's end; a quotation until its mark closes it.
        return (result, end < 0);
    }

    /// <summary>
    /// A tweet's sentences run together at an ellipsis with no space ("... دول التحالف...أخيرا جاءت ..."): each is a
    /// sentence of the speech, as if the space were there.
    /// </summary>
    private static IEnumerable<string> GluedEllipses(string sentence)
    {
        var from = 0;
        for (var i = 0; i + 2 < sentence.Length; i++)
        {
            if (sentence[i] == '.' && sentence[i + 1] == '.' && i > from)
            {
                var end = i;
                while (end < sentence.Length && sentence[end] == '.')
                {
                    end++;
                }

                if (end < sentence.Length && char.IsLetter(sentence[end]) && char.IsLetter(sentence[i - 1]))
                {
                    yield return sentence[from..end];
                    from = end;
                }

                i = end - 1;
            }
        }

        yield return sentence[from..];
    }

    /// <summary>Whether <paramref name="text"/> ends with an ellipsis ("..", "..." or "…"), closing marks aside.</summary>
    internal static bool EndsWithEllipsis(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.TrimEnd().TrimEnd(QuoteMarks.Closings).TrimEnd();
        return t.EndsWith('…') || t.EndsWith("..", StringComparison.Ordinal);
    }

    /// <summary>
    /// A quoted sentence that ends with an ellipsis, ended with a full stop instead: "ارتفعت الميزانية منذ بدء
    /// المفاوضات..." → "... المفاوضات." A tweet ends its sentences so; the point must end as a sentence does.
    /// </summary>
    internal static string WithFullStop(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.TrimEnd();
        return EndsWithEllipsis(t) ? t.TrimEnd('.', '…').TrimEnd() + "." : t;
    }

    /// <summary>
    /// Whether what follows an ellipsis may go on with the sentence before it: it opens with و, a preposition, a
    /// complementizer or a subordinator ("... بالتشهير.. وهتك العرض"، "... إذا التزموا بوقف النار"), or with no word.
    /// Then the ellipsis is a pause, and the words before it are no sentence of their own.
    /// </summary>
    internal static bool GoesOnAfterEllipsis(string next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var n = next.TrimStart().TrimStart(QuoteMarks.Opening).TrimStart();
        var first = n.Split(' ', 2)[0].TrimEnd('،', ',');
        return first.Length == 0 || !char.IsLetter(first[0]) || ClauseSplitter.IsConjunction(n) || ClauseTrimmer.OpensDependentClause(n)
            || ClauseSplitter.IsStop(first) || ImpliedSubject.IsComplementizer(first);
    }

    /// <summary>
    /// The sentence that opens a quotation the next sentences run on with, closed where it ends: "وقال الوزير: "سنعلن
    /// الميزانية الأسبوع المقبل." ستشمل ..."" gives "قال الوزير: "سنعلن الميزانية الأسبوع المقبل."" (a trailing ellipsis made a
    /// full stop). Null when the sentence does not end as a sentence does (a colon, a comma, no final mark) or the next one
    /// goes on with it after an ellipsis.
    /// </summary>
    /// <param name="text">The opening sentence as a key point shows it (its speaker named).</param>
    /// <param name="next">The sentence that continues the quotation.</param>
    public static string? Closed(string text, Speech speech, string next)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(speech);
        ArgumentNullException.ThrowIfNull(next);
        if (speech.Open is null || !StillOpen(text, speech) || speech.BodyStart >= text.Length)
        {
            return null;
        }

        var t = text.TrimEnd();
        if (EndsWithEllipsis(t) && GoesOnAfterEllipsis(next))
        {
            return null;
        }

        t = WithFullStop(t);
        if (SentenceEnd.LastMark(t) is not ('.' or '!'))
        {
            return null;
        }

        var closed = t + speech.Close;
        return Balanced.Is(closed) ? closed : null;
    }

    /// <summary>
    /// "إذا نجحنا في ذلك فسيكون ..." has its main clause after ف or a comma; "قبل أن يأتي الرئيس وينسحب من الاتفاق" has none.
    /// </summary>
    private static bool HasMainClause(string q) =>
        q.Contains('،', StringComparison.Ordinal) || q.Split(' ').Skip(1).Any(w => w.Length > 3 && w[0] == 'ف' && !ClauseSplitter.IsStop(w));

    /// <summary>
    /// Whether the speaker's words in <paramref name="text"/> open by leaning on what the speaker said before ("قال: "ففي
    /// ملف ..."، "قال: "لذلك ...""): then the sentence as a whole is no point either.
    /// </summary>
    public static bool OpensLeaning(Speech speech, string text)
    {
        ArgumentNullException.ThrowIfNull(speech);
        ArgumentNullException.ThrowIfNull(text);
        if (speech.BodyStart >= text.Length)
        {
            return false;
        }

        // A demonstrative ("هذا النوع من الحماية ...") is weighed where the point is placed: after the sentence it leans on, it reads.
        var words = text[speech.BodyStart..].TrimStart().TrimStart(QuoteMarks.Opening).TrimStart();
        var namesNoun = Demonstratives.LeanBack(string.Join(' ', words.Split(' ', 3).Take(2)), out var noun) && noun is not null;
        return words.Length > 0 && !namesNoun && (Connectives.Opening(words).Kind == Connectives.Kind.Skip || DrawsConsequence(words));
    }

    /// <summary>"ففي ملف حقوق الإنسان ..."، "فلا ...": ف before a particle draws on the speaker's sentence before.</summary>
    private static bool DrawsConsequence(string q)
    {
        var first = q.Split(' ', 2)[0];
        return first.Length > 1 && first[0] == 'ف' && ClauseSplitter.IsStop(first[1..].TrimEnd('،', ','));
    }

    /// <summary>Whether what follows a closing quote mark ends the sentence or only adds a secondary clause.</summary>
    private static bool EndsThere(string rest)
    {
        var r = rest.TrimStart();
        if (r.Length == 0 || r[0] is '.' or '!' or '؟' or '?' or '…' or '؛')
        {
            return true;
        }

        return r[0] is '،' or ',' && ClauseTrimmer.OpensSecondaryClause(r[1..].TrimStart());
    }

    /// <summary>
    /// The key point a quoted sentence gives with its speaker's opening: "قال X: "S."" (its own leading connective removed),
    /// or null when it does not stand alone.
    /// </summary>
    public static string? Point(Speech speech, string quoted)
    {
        ArgumentNullException.ThrowIfNull(speech);
        var close = speech.Close;
        var q = quoted.Trim();
        if (close != '\0')
        {
            // A sentence that holds the closing mark of its quotation has it at the end.
            q = q.TrimEnd().TrimEnd(close).TrimEnd();
        }

        // A run-on piece ends at a comma (the splitter cut it there): the quoted sentence goes on in the next piece.
        if (SentenceEnd.LastMark(q) is '،' or ',')
        {
            return null;
        }

        // A trailing ellipsis ends a tweet's sentence (Body leaves out what follows it when that goes on with it).
        q = WithFullStop(q);

        // Quote marks inside, or ".." inside (a tweet's pause), leave where the speaker's sentence ends unclear.
        if (q.Length == 0 || q.IndexOfAny(QuoteMarks.All) >= 0 || q.Contains("..", StringComparison.Ordinal) || q.Contains('…', StringComparison.Ordinal)
            || Connectives.Opening(q).Kind == Connectives.Kind.Skip || (ClauseTrimmer.OpensDependentClause(q) && !HasMainClause(q)) || DrawsConsequence(q))
        {
            return null;
        }

        q = SentenceCompressor.Compress(ClauseSplitter.IsConjunction(q) ? q[1..] : q, dropAttribution: false, dropAsides: false).TrimEnd('؛', ';', ' ');
        if (SentenceExtractor.CountWords(q) < MinQuotedWords || !Balanced.Is(q) || KeyPointWriter.PointsBack(q) || Demonstratives.LeanBack(q)
            || SentenceEnd.LastMark(q) is '؟' or '?' or ':' or '،' or ',' || SentenceCompressor.EndsDangling(q.TrimEnd('.', '!', '…')))
        {
            return null;
        }

        q = ExtractiveSummarizer.Finish(q);
        return close == '\0' ? speech.Intro + " " + q : speech.Intro + " " + speech.Open + q + close;
    }

    /// <summary>
    /// For each sentence, the speech it continues: an earlier sentence of its paragraph opened it ("وقال X: S1." then "S2.")
    /// and did not close it. Null for a sentence that is not a speaker's words run on.
    /// </summary>
    /// <param name="resolved">Each sentence with an implied speaker named (null when none could be).</param>
    /// <param name="speeches">The speech each sentence opens (<see cref="Find"/> on it and its resolved form).</param>
    public static Speech?[] Continuations(IReadOnlyList<ArticleSentence> sentences, IReadOnlyList<string?> resolved, IReadOnlyList<Speech?> speeches)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(speeches);
        var result = new Speech?[sentences.Count];
        Speech? open = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (open is not null && s.Paragraph >= 0 && s.Paragraph == sentences[i - 1].Paragraph && ImpliedSubject.Read(s.Text) is null
                && (open.Open is not null || RunsOn(s.Text, open)))
            {
                result[i] = open;
                var close = open.Close;
                if (close != '\0' && s.Text.Contains(close, StringComparison.Ordinal))
                {
                    open = null;
                }

                continue;
            }

            open = null;
            if (speeches[i] is { } speech && StillOpen(resolved[i] ?? s.Text, speech))
            {
                open = speech;
            }
        }

        return result;
    }

    /// <summary>Whether the speech is open at the sentence's end: colon speech always is, a quotation until its mark closes it.</summary>
    private static bool StillOpen(string text, Speech speech)
    {
        var close = speech.Close;
        return close == '\0' || (speech.BodyStart <= text.Length && text.IndexOf(close, speech.BodyStart) < 0);
    }

    /// <summary>
    /// Speech after "قال X:" without quote marks has no visible end: a sentence goes on with it when it speaks in the first
    /// person ("إذا نجحنا ...") or neither opens with و nor names the speaker; "ويعد كاهيل ..." is the article again.
    /// </summary>
    private static bool RunsOn(string text, Speech speech)
    {
        var words = WordTokenizer.Words(text);
        if (words.Any(FirstPerson))
        {
            return true;
        }

        var names = speech.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2 && !w.StartsWith("ال", StringComparison.Ordinal));
        return !ClauseSplitter.IsConjunction(text.TrimStart()) && !names.Any(n => text.Contains(n, StringComparison.Ordinal));
    }

    private static readonly FrozenSet<string> FirstPersonWords = DataFile.Lines("first-person.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A first-person word of <c>Data/first-person.txt</c>, or a word carrying "نا" (نجحنا، فريقنا). Not a noun whose
    /// tanween alif follows its ن: "أحيانا"، "مجانا"، "مليونا"، "قانونا"، "ثمينا"، "كارولينا" (so "لدينا"، "علينا" are listed).
    /// "ولي" is no "و" + "لي": a conjunction is stripped only from a longer word.
    /// </summary>
    internal static bool FirstPerson(string word)
    {
        var w = word.Length > 3 && word[0] is 'و' or 'ف' && FirstPersonWords.Contains(word[1..]) ? word[1..] : word;
        return FirstPersonWords.Contains(w)
            || (w.Length >= 5 && w.EndsWith("نا", StringComparison.Ordinal) && !w.StartsWith("ال", StringComparison.Ordinal)
                && w[^3] is not ('ا' or 'و' or 'ي'));
    }
}
