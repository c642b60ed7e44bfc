using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Turns each sentence into the key point it can give, or none. A key point is a whole sentence: the source
/// sentence as written, with at most a leading connective removed (and an implied speaker named), compressed only by
/// removing whole self-contained parts (an attribution, a trailing secondary clause).
/// </summary>
internal static class KeyPointWriter
{
    /// <summary>A sentence that can stand alone, and whether it must be cut (the first piece of a run-on is no sentence as it is).</summary>
    /// <param name="Speech">The speech the sentence opens or continues, whose quoted sentences may be points of their own.</param>
    /// <param name="Continues">The sentence is a speaker's words run on from an earlier sentence: a point only with <paramref name="Speech"/>'s opening.</param>
    /// <param name="QuotesOnly">Only the quoted sentences can be points (what frames them leans on the sentence before).</param>
    internal sealed record Standalone(string Text, bool MustCut, SpeechQuotes.Speech? Speech = null, bool Continues = false, bool QuotesOnly = false);

    /// <summary>The stand-alone form of each sentence (null when it cannot stand alone), in sentence order.</summary>
    public static Standalone?[] Prepare(IReadOnlyList<ArticleSentence> sentences)
    {
        // The texts as a reader would see them alone, for finding speakers; the unusable ones keep their text.
        var plain = new string[sentences.Count];
        var usable = new bool[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            (plain[i], usable[i]) = WithoutConnective(sentences[i].Text);
        }

        var resolved = new string?[sentences.Count];
        var speeches = new SpeechQuotes.Speech?[sentences.Count];
        var framed = new bool[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            if (usable[i])
            {
                resolved[i] = ImpliedSubject.Resolve(plain, i);
                speeches[i] = SpeechQuotes.Find(sentences[i].Text, resolved[i]);
            }
            else if (SpeechQuotes.Find(sentences[i].Text, null, i > 0 ? plain[i - 1] : null) is { } speech)
            {
                // "جاء ذلك في مقابلة، حيث قال: "..."": the framing leans back, "قال X:" with the quoted words does not;
                // the next sentence's "وتابع قائلا" has the same speaker.
                (speeches[i], framed[i]) = (speech, true);
                plain[i] = speech.Intro + " " + sentences[i].Text[(speech.BodyStart - (speech.Open is null ? 0 : 1))..].TrimStart();
            }
        }

        var continued = SpeechQuotes.Continuations(sentences, resolved, speeches);
        var result = new Standalone?[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var opening = RunOnOpening(sentences, resolved, speeches, continued, i);
            var whole = opening ?? s.Text;
            if (!usable[i] || PointsBack(plain[i]) || !s.StartsSentence || (s.IsWhole && (!Balanced.Is(whole) || SentenceEnd.LastMark(whole) is ':' or '،' or ','))
                || IsUnattributedSpeech(s.Text) || continued[i] is not null || OpensWithObjectOnly(plain[i])
                || SaysNothing(plain[i]) || OpensWithQuotation(plain[i]))
            {
                continue;
            }

            var text = opening ?? resolved[i];
            result[i] = text is null ? null : new Standalone(text, MustCut: !s.IsWhole, Speech: speeches[i]);
        }

        // A speaker's words run on past "قال X:" are a key point only with their speaker.
        for (var i = 0; i < sentences.Count; i++)
        {
            if (continued[i] is { } speech && sentences[i].StartsSentence)
            {
                result[i] = result[i] ?? new Standalone(sentences[i].Text, MustCut: false, Speech: speech, Continues: true);
            }
            else if (result[i] is null && framed[i] && sentences[i].StartsSentence)
            {
                result[i] = new Standalone(sentences[i].Text, MustCut: true, Speech: speeches[i], QuotesOnly: true);
            }
        }

        return result;
    }

    /// <summary>
    /// The opening sentence of a quotation that runs on into the next sentence ("وقال الوزير: "S1." then "S2.""), with its
    /// speaker and closed after its own words: "قال الوزير: "S1."". Null for any other sentence.
    /// </summary>
    private static string? RunOnOpening(
        IReadOnlyList<ArticleSentence> sentences, string?[] resolved, SpeechQuotes.Speech?[] speeches, SpeechQuotes.Speech?[] continued, int i) =>
        sentences[i].IsWhole && resolved[i] is { } text && speeches[i] is { Open: not null } speech && i + 1 < sentences.Count
        && ReferenceEquals(continued[i + 1], speech) && sentences[i + 1].StartsSentence
            ? SpeechQuotes.Closed(text, speech, sentences[i + 1].Text)
            : null;

    /// <summary>
    /// The sentence that opens a list with a colon, followed by its items joined as Arabic lists join them:
    /// "في ما يلي المنتخبات المشاركة: المنتخب المصري، المنتخب التونسي، المنتخب المغربي." Null when the sentence leans on
    /// the one before.
    /// </summary>
    public static string? ListPoint(ArticleSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var (intro, usable) = WithoutConnective(sentence.Text);
        if (!usable || PointsBack(intro) || sentence.ListItems.Count == 0)
        {
            return null;
        }

        return intro.TrimEnd().TrimEnd(':', '.').TrimEnd() + ": " + string.Join("، ", sentence.ListItems.Select(i => i.Trim().TrimEnd('،', ',', ';', '؛'))) + ".";
    }

    private static readonly HashSet<string> ObjectNouns = [.. DataFile.Lines("object-nouns.txt")];

    /// <summary>
    /// "ويحتل المركز الثاني في ترتيب الهدافين": a verb followed by a noun that is its object, not its subject (a rank, a
    /// place), says who only in the sentence before.
    /// </summary>
    internal static bool OpensWithObjectOnly(string text)
    {
        var words = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 3 && words[0].Length > 2 && !words[0].StartsWith("ال", StringComparison.Ordinal) && ObjectNouns.Contains(words[1].TrimEnd('،', ','))
            && ReportingVerbs.Of(words[0]) is null && !ClauseSplitter.IsStop(words[0]) && !ClauseSplitter.IsStop(words[0][1..]);
    }

    /// <summary>
    /// Forms of "قال", which needs the words said ("أضاف" and "تابع" also mean "added a goal", "followed").
    /// </summary>
    private static readonly HashSet<string> SayingVerbs = ["قال", "قالت", "قالوا", "يقول", "تقول", "يقولون"];

    /// <summary>A sentence of a speaker alone is short; a longer one without "إن" or quotes is the speech unmarked.</summary>
    private const int MaxSpeakerOnlyWords = 8;

    /// <summary>
    /// "قالت المتحدثة باسم البيت الأبيض، ساره ساندرز." (the source put a full stop where a comma was): "قال" and a
    /// speaker, with no "إن"، colon or quotation after them, says nothing.
    /// </summary>
    internal static bool SaysNothing(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 1 and <= MaxSpeakerOnlyWords && SayingVerbs.Contains(words[0]) && !text.Contains(':', StringComparison.Ordinal) && text.IndexOfAny(QuoteMarks.Opening) < 0
            // Any word that opens like "إن"/"أن" keeps the sentence ("إنهما"، even "أنباء"): only a speaker alone goes.
            && !words.Skip(1).Select(Token.Bare).Any(w => w.StartsWith("إن", StringComparison.Ordinal) || w.StartsWith("أن", StringComparison.Ordinal)
                || w.StartsWith("ان", StringComparison.Ordinal) || w.StartsWith("بأن", StringComparison.Ordinal));
    }

    /// <summary>
    /// «الثلاثاء، "بناء على طلب الرئيس ..."»: a day, then a quotation: the speaker and the verb before them were cut off
    /// by a full stop the source put for a comma. A sentence that is a quotation only is left as it is: under a sentence
    /// that frames them ("وتروي ست شابات تجاربهن"), testimonies are the article's points.
    /// </summary>
    internal static bool OpensWithQuotation(string text)
    {
        var start = text.TrimStart();
        var first = start.Split(' ', 2)[0];
        if (first.Length < 2 || !TimeWords.Contains(first.TrimEnd('،', ',')))
        {
            return false;
        }

        var rest = start[first.Length..].TrimStart();
        return rest.Length > 0 && QuoteMarks.Opens(rest[0]);
    }

    private static readonly HashSet<string> Ordinals = [.. DataFile.Lines("ordinal-references.txt")];

    /// <summary>
    /// Openings that lean on the sentence before by their form: "المعسكر الثاني ..." (an ordinal whose first is earlier)
    /// and "فوضع خطة ..." (ف drawing a consequence, with a verb whose subject is in the sentence before).
    /// </summary>
    internal static bool PointsBack(string text)
    {
        var words = text.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('،', ',', ':', '"', '«')).ToArray();
        if (words.Length < 3)
        {
            return false;
        }

        if (words[0].StartsWith("ال", StringComparison.Ordinal) && Ordinals.Contains(words[1]))
        {
            return true;
        }

        // ف glued to a bare three-letter verb ("فوضع"، "فقرر") with no definite subject after it.
        return words[0].Length == 4 && words[0][0] == 'ف' && !words[1].StartsWith("ال", StringComparison.Ordinal)
            && ReportingVerbs.Of(words[0]) is null && !ClauseSplitter.IsStop(words[0][1..]);
    }

    /// <summary>
    /// A speaker's words cut from "قال X:" by the sentence splitter: first person, with no quotation or colon of its own
    /// to say who speaks. Alone, a reader cannot tell whose words they are.
    /// </summary>
    private static bool IsUnattributedSpeech(string text)
    {
        if (text.IndexOfAny([':', '"', '«', '“']) >= 0)
        {
            return false;
        }

        // "قال لنا إنه ..." or "أعلن الوزير أن ... لدينا": reported speech names its speaker.
        var words = WordTokenizer.Words(text);
        return !words.Any(w => ReportingVerbs.Of(w) is not null)
            && words.Any(SpeechQuotes.FirstPerson);
    }

    /// <summary>
    /// The shortest faithful form of a stand-alone sentence within <paramref name="maxWords"/>: the compressed sentence
    /// when it fits <paramref name="preferredWords"/>, else the longest trailing-clause cut that does, else the whole
    /// compressed sentence when it fits <paramref name="maxWords"/>, else the longest cut that does; null when none fits.
    /// </summary>
    public static string? Shorten(Standalone sentence, int preferredWords, int maxWords)
    {
        // Brackets stay: a gloss in brackets is part of the sentence a reader sees, and cheap.
        var text = SentenceCompressor.Compress(sentence.Text, dropAttribution: true, dropAsides: false);
        var words = ReaderWords.Count(text);
        if (words < SentenceCompressor.MinWords || SentenceCompressor.EndsDangling(text))
        {
            return null;
        }

        if (words <= preferredWords && !sentence.MustCut)
        {
            return text;
        }

        var heads = ClauseTrimmer.Heads(text).ToList();
        if (QuoteTrimmer.FirstQuotedSentence(text) is { } quoted && !heads.Contains(quoted))
        {
            // Ordered by length with the clause cuts: the longest that fits is taken.
            heads.Add(quoted);
            heads.Sort((a, b) => a.Length.CompareTo(b.Length));
        }

        var preferred = heads.LastOrDefault(h => ReaderWords.Count(h) <= preferredWords);
        if (preferred is not null)
        {
            return preferred;
        }

        return words <= maxWords && !sentence.MustCut ? text : heads.LastOrDefault(h => ReaderWords.Count(h) <= maxWords);
    }

    /// <summary>
    /// A second-choice form of a stand-alone sentence: its longest head before an elaboration ("، لاسيما ...") within
    /// <paramref name="preferredWords"/>, else within <paramref name="maxWords"/>; null when the sentence has none.
    /// </summary>
    public static string? ShortenAtElaboration(Standalone sentence, int preferredWords, int maxWords)
    {
        var text = SentenceCompressor.Compress(sentence.Text, dropAttribution: true, dropAsides: false);
        var heads = ClauseTrimmer.ElaborationHeads(text);
        return heads.LastOrDefault(h => ReaderWords.Count(h) <= preferredWords) ?? heads.LastOrDefault(h => ReaderWords.Count(h) <= maxWords);
    }

    /// <summary>The main clause after a subordinate one: from a comma followed by a reporting verb without و.</summary>
    private static string? MainClause(string text)
    {
        for (var c = text.IndexOf('،'); c >= 0 && c + 1 < text.Length; c = text.IndexOf('،', c + 1))
        {
            var rest = text[(c + 1)..].TrimStart();
            var first = rest.Split(' ', 2)[0];
            if (first.Length > 0 && first[0] != 'و' && ReportingVerbs.Of(first) is not null)
            {
                return rest;
            }
        }

        return null;
    }

    /// <summary>
    /// The sentence without a removable leading connective, and whether it can stand alone at all: an opener that
    /// points back ("يأتي ذلك"، "لكنه") cannot, nor can "من جهته، أكد أن" (whose subject is whoever was named last).
    /// </summary>
    private static (string Text, bool Usable) WithoutConnective(string text)
    {
        var current = text;
        var needsName = false;
        for (var round = 0; round < 2; round++)
        {
            var (kind, length) = Connectives.Opening(current);
            if (kind == Connectives.Kind.Skip)
            {
                return (text, false);
            }

            if (kind == Connectives.Kind.Frame)
            {
                return round == 0 && Framed(current) is { } framed ? (SentenceCompressor.Compress(framed, dropAttribution: false, dropAsides: false), true) : (text, false);
            }

            if (kind == Connectives.Kind.None || length >= current.Length)
            {
                break;
            }

            var opener = current[..length];
            current = current[length..].TrimStart();
            needsName |= kind == Connectives.Kind.DropNamed;
            if (ClauseTrimmer.OpensDependentClause(opener.Trim().TrimEnd('،', ',')) && MainClause(current) is { } main)
            {
                // "وفيما نوه الوزير بأن ...، أكد أن ...": the part after "فيما" is subordinate; the main clause is the fact.
                current = main;
                needsName = false;
            }
        }

        if (needsName && ImpliedSubject.Read(current) is { Speaker: null })
        {
            return (text, false);
        }

        return (SentenceCompressor.Compress(current, dropAttribution: false, dropAsides: false), true);
    }

    /// <summary>The most words between a topic frame's opening and its comma ("فيما يتعلق بالنقل الجوي،").</summary>
    private const int MaxFrameWords = 6;

    /// <summary>
    /// "وفيما يتعلق بالنقل الجوي، كشف وزير النقل أن ...": the sentence, frame kept and a leading و or ف removed, when the
    /// frame ends at a comma within a few words and a reporting verb naming its speaker follows; null otherwise (the
    /// clause after the frame may leave its subject implied or point at the frame with a pronoun only).
    /// </summary>
    private static string? Framed(string sentence)
    {
        var comma = sentence.IndexOfAny(['،', ',']);
        if (comma < 0 || SentenceExtractor.CountWords(sentence[..comma]) > MaxFrameWords)
        {
            return null;
        }

        var rest = sentence[(comma + 1)..].TrimStart();
        if (rest.Length == 0 || rest[0] == 'و' || ImpliedSubject.Read(rest) is not { Speaker: not null, SpeakerUsable: true })
        {
            return null;
        }

        var text = sentence.TrimStart();
        return text.Length > 1 && text[0] is 'و' or 'ف' && Connectives.Opening(text[1..]).Kind == Connectives.Kind.Frame ? text[1..] : text;
    }
}
