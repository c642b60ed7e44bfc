using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Shortens a sentence only by deleting what a summary does not need: a leading connective (و، كما، وفي المقابل...),
/// an attribution (بحسب ما أفادت...، وفق ما نقل...، according to...) and short asides in brackets or between dashes.
/// Every step is undone when it would remove a number or a negation or leave too short a sentence; no word is changed
/// except for the conjunction و detached from a leading verb.
/// </summary>
internal static partial class SentenceCompressor
{
    /// <summary>A compression that leaves fewer words than this is not taken.</summary>
    public const int MinWords = 5;

    private const int MaxAsideWords = 15;
    private const int MaxAttributionWords = 10;

    /// <param name="sentence">One sentence.</param>
    /// <param name="dropAttribution">
    /// Whether to drop "according to" clauses. News editors keep them in a summary (who says so is part of the
    /// fact), so the summary keeps them; key points, which must be short, drop them.
    /// </param>
    /// <param name="dropAsides">Whether to drop short asides in brackets or between dashes.</param>
    public static string Compress(string sentence, bool dropAttribution = true, bool dropAsides = true)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = Tidy(sentence);
        text = Apply(text, DropLeadingConnective);
        if (dropAttribution)
        {
            text = Apply(text, DropLeadingAttribution);
            text = Apply(text, DropAttributionTail);
        }

        if (dropAsides)
        {
            text = Apply(text, DropAsides);
        }

        return text;
    }

    /// <summary>Whether <paramref name="compressed"/> keeps every number and negation of <paramref name="original"/>.</summary>
    public static bool Preserves(string original, string compressed)
    {
        var before = NumberFinder.Find(original).Select(n => n.Value).Order(StringComparer.Ordinal);
        var after = NumberFinder.Find(compressed).Select(n => n.Value).Order(StringComparer.Ordinal);
        return before.SequenceEqual(after, StringComparer.Ordinal)
            && WordTokenizer.Words(original).Count(ArabicTextAnalyzer.IsNegation) == WordTokenizer.Words(compressed).Count(ArabicTextAnalyzer.IsNegation);
    }

    private static string Apply(string text, Func<string, string> step)
    {
        var result = Tidy(step(text));
        return result != text && SentenceExtractor.CountWords(result) >= MinWords && Preserves(text, result) ? result : text;
    }

    private static string DropLeadingConnective(string text)
    {
        var (kind, length) = Connectives.Opening(text);
        if (kind is Connectives.Kind.Drop or Connectives.Kind.DropNamed && length < text.Length)
        {
            return text[length..];
        }

        var verb = LeadingConjunctionOnVerb().Match(text);
        var rest = (verb.Success && ClauseSplitter.IsConjunction(text)) || ReportingVerbs.HasConjunction(text.Split(' ', 2)[0].TrimEnd('،', ',', ':'))
            ? text[1..] : text;
        return WithoutEmphaticQad(rest);
    }

    /// <summary>
    /// "قد جدد ترامب انتقاده ..." → "جدد ترامب انتقاده ...": before a past verb, "قد" only stresses that it happened, and a
    /// point opening with it reads as cut from the sentence before. Before a present verb it means "may" and stays; a verb
    /// that opens with أ، ت، ن or ي may be either ("قد تعرض"), so it stays too, and so does "قد لا" ("may not").
    /// </summary>
    /// <remarks>
    /// "فقد أعلن الرئيس ..." → "أعلن الرئيس ...": with ف glued on, the particle draws on the sentence before as well. A verb
    /// in أ after it is past (news has no first-person "may"); "فقد الجيش السيطرة" is the verb "lost" and stays.
    /// </remarks>
    private static string WithoutEmphaticQad(string text)
    {
        var words = text.Split(' ', 3);
        if (words.Length < 3 || words[1].Length <= 2)
        {
            return text;
        }

        return words[0] switch
        {
            "قد" when words[1][0] is not ('أ' or 'ت' or 'ن' or 'ي' or 'إ' or 'آ' or 'ا') => text[3..],
            "فقد" when words[1][0] is not ('ت' or 'ن' or 'ي') && !words[1].StartsWith("ال", StringComparison.Ordinal) && !ClauseSplitter.IsStop(words[1]) => text[4..],
            _ => text,
        };
    }

    private static string DropLeadingAttribution(string text)
    {
        // "وبحسب الوزارة، فإن ..." keeps its attribution: without it the sentence would open with "فإن".
        var match = LeadingAttribution().Match(text);
        return match.Success && SentenceExtractor.CountWords(match.Value) <= MaxAttributionWords && !text[match.Length..].StartsWith('ف')
            ? text[match.Length..] : text;
    }

    private static string DropAttributionTail(string text)
    {
        var match = AttributionTail().Match(text);
        return match.Success && SentenceExtractor.CountWords(match.Groups["span"].Value) <= MaxAttributionWords
            ? text[..match.Index] + match.Groups["end"].Value
            : text;
    }

    private static string DropAsides(string text) =>
        Aside().Replace(text, m => SentenceExtractor.CountWords(m.Value) <= MaxAsideWords + 2 ? " " : m.Value);

    internal static bool EndsDangling(string head)
    {
        var words = WordTokenizer.Words(head);
        return words.Count == 0 || DanglingWord().IsMatch(words[^1]);
    }

    /// <summary>
    /// "قال فلان، المسؤول في ..." without what was said (no "أن" clause, nor the words themselves after a named speaker's
    /// "قال X "..."" or "قال X:"): not a fact on its own.
    /// </summary>
    internal static bool IsSpeechIntroduction(string head)
    {
        var words = WordTokenizer.Words(head);
        return words.Count > 0 && SpeechVerb().IsMatch(words[0]) && !words.Any(w => Complementizer().IsMatch(w))
            && !(SpeechQuotes.Find(head, null) is { } speech && SentenceExtractor.CountWords(head[Math.Min(speech.BodyStart, head.Length)..]) >= MinQuotedWords);
    }

    /// <summary>Quoted words fewer than this are a name or a phrase ("قال «عفت»"), not what was said.</summary>
    private const int MinQuotedWords = 3;

    private static string Tidy(string text)
    {
        var tidy = Spaces().Replace(text, " ").Trim();
        tidy = SpaceBeforePunctuation().Replace(tidy, "$1");
        tidy = DoubleComma().Replace(tidy, "$1");
        tidy = CommaBeforeEnd().Replace(tidy, "$1");
        tidy = tidy.TrimStart('،', ',', '؛', ';', ' ', '-', '–', '—');
        return tidy;
    }

    // "و" glued to a whole sentence-initial auxiliary, relaying verb or preposition (وكان → كان, وفي → في), to a
    // definite noun (والحكومة → الحكومة) or to a word that opens with a hamza or a و of its own (وأطلقت → أطلقت,
    // ووصف → وصف: no Arabic root begins و-ء or و-و, but the passive "ووري" is one word, listed in clause-waw-words.txt),
    // or to a word of five letters or more that opens with ت (وتشهد → تشهد: a present verb, or a noun of that form,
    // "وتصريحات"; "وتيرة" is listed). Not before ي: Western names spelled with و open that way (ويليامز، ويلز، ويمبلي).
    // Reporting verbs (وقال → قال) are Data/reporting-verbs.txt's. Never to other words, where it may be part of the
    // word (ولاية، وزير، وافق).
    [GeneratedRegex(@"^و(?=(?:كان|كانت|كانوا|قد|تأتي|يأتي|جاء|جاءت|شهد|شهدت|في|من|على|لم|لا|لن|إن|أن|هو|هي|هم|يعد|تعد|يشار|يعتقد|تعتقد|نقل|نقلت|وفق|بحسب)(?=[\s،,:])|ال\w{3,}|[أإآو]\w{2,}|ت\w{3,})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingConjunctionOnVerb();

    [GeneratedRegex(@"^(?:و?(?:بحسب|حسب|وفقا?ً?\s*ل|طبقا?ً?\s*ل|نقلا?ً?\s+عن)[^،,.؟!]{1,80}[،,]\s*|According\s+to[^,.]{1,80},\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAttribution();

    // From a comma (or a space, for the longer markers, or the dash that opens an aside) to the end of the clause.
    [GeneratedRegex(@"(?:\s*[،,]\s*|\s+[-–—]\s*|\s+)(?<span>و?(?:بحسب\s+ما|حسبما|وفق\s+ما|وفقا?ً?\s+لما|وفقا?ً?\s*ل|طبقا?ً?\s*ل|نقلا?ً?\s+عن|على\s+حد\s+قول|على\s+حد\s+تعبير|according\s+to|as\s+reported\s+by)[^،,.؟!؛]*)(?<end>[.؟!؛]?\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AttributionTail();

    [GeneratedRegex(@"\s*\([^()]{1,150}\)|\s+[-–—]\s[^-–—]{1,150}\s[-–—](?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Aside();

    [GeneratedRegex(@"^(?:و?(?:في|من|على|إلى|عن|مع|بين|إن|أن|إنه|أنه|قال|قالت|أو|ثم|لكن|بل|حيث|التي|الذي|الذين|ما|بعد|قبل)|and|or|but|that|which|who|of|to|in|on|at|said|says)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DanglingWord();

    [GeneratedRegex(@"^(?:و|ف)?(?:قال|قالت|يقول|تقول|أضاف|أضافت|يضيف|تضيف|أوضح|أوضحت|يوضح|توضح|تابع|تابعت|أكد|أكدت|يؤكد|تؤكد|ذكر|ذكرت|أشار|أشارت|يشير|تشير|أفاد|أفادت|يفيد|تفيد|صرح|صرحت|said|says|added|told)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerb();

    [GeneratedRegex(@"^(?:إن|أن|إنه|أنه|إنها|أنها|إنهم|أنهم|بأن|بأنه|بأنها|that)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Complementizer();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([،,.؟?!؛;:)\]»”])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"([،,])\s*[،,]")]
    private static partial Regex DoubleComma();

    [GeneratedRegex(@"[،,:]\s*([.؟?!؛]|$)")]
    private static partial Regex CommaBeforeEnd();
}
