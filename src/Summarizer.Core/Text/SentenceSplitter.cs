using System.Collections.Frozen;

namespace Summarizer.Text;

/// <summary>
/// Splits a paragraph into sentences at <c>.</c> <c>!</c> <c>?</c> <c>؟</c> <c>؛</c> <c>…</c> followed by a space or the end.
/// Keeps together decimals and grouped numbers (3.5, 2,000), abbreviations (د. ، م. ، U.S., Dr.), initials spelled in
/// Arabic ("جون إف. كينيدي"), dotted names
/// (bbc.com) and text inside quotes and brackets (unless a quote or bracket is never closed); closing quotes and
/// brackets after a terminator stay with their sentence; text without final punctuation is a sentence too.
/// Newlines always end a sentence. A run-on of more than <see cref="MaxSentenceWords"/> words (a list of
/// headlines, a text without punctuation) is cut at commas, or at word boundaries when it has none.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The longest sentence returned, in words.</summary>
    public const int MaxSentenceWords = 80;

    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "no", "gen", "col", "lt", "sgt", "rev", "mt", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "eg", "ie"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Initials spelled in Arabic ("جون إف. كينيدي"), from <c>Data/latin-letter-names.txt</c>.</summary>
    private static readonly FrozenSet<string> LatinLetterNames = DataFile.Lines("latin-letter-names.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The sentences of <paramref name="paragraph"/>, trimmed, none empty.</summary>
    public static IReadOnlyList<string> Split(string paragraph) => Segment(paragraph).Select(s => s.Text).ToList();

    /// <summary>
    /// The sentences of <paramref name="paragraph"/>, each marked whole or not: the pieces of a cut run-on are not
    /// sentences a reader would accept on their own (a summary must not quote one as if it were).
    /// </summary>
    public static IReadOnlyList<SplitSentence> Segment(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<SplitSentence>();
        foreach (var line in paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = SplitLine(line, respectQuotes: true) ?? SplitLine(line, respectQuotes: false)!;
            foreach (var part in parts)
            {
                AddBounded(sentences, part);
            }
        }

        return sentences;
    }

    /// <summary>Null when <paramref name="respectQuotes"/> and a quote or bracket is left open (the caller retries without).</summary>
    private static List<string>? SplitLine(string line, bool respectQuotes)
    {
        var result = new List<string>();
        var quotes = new QuoteTracker();
        var start = 0;
        var atSentenceStart = true;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (respectQuotes)
            {
                quotes.See(c, atSentenceStart);
            }

            atSentenceStart &= char.IsWhiteSpace(c);

            if (!IsTerminator(c) || IsInsideWord(line, i))
            {
                continue;
            }

            // Consume the run of terminators and closing quotes or brackets.
            var end = i + 1;
            var after = quotes;
            while (end < line.Length && (IsTerminator(line[end]) || IsClosing(line[end]) || line[end] == '"'))
            {
                if (respectQuotes)
                {
                    after.See(line[end], atSentenceStart: false);
                }

                end++;
            }

            var atBoundary = end == line.Length || char.IsWhiteSpace(line[end]);
            if (!atBoundary || after.Protecting || IsAbbreviation(line, i))
            {
                continue;
            }

            Add(result, line[start..end]);
            start = end;
            i = end - 1;
            quotes = default;
            atSentenceStart = true;
        }

        if (respectQuotes && quotes.Protecting)
        {
            return null;
        }

        Add(result, line[start..]);
        return result;
    }

    /// <summary>
    /// Quotes and brackets opened inside a sentence (قال: "...") hold their terminators; a quote that opens a
    /// sentence is usually several sentences of speech and is split like the rest.
    /// </summary>
    private struct QuoteTracker
    {
        private int _depth;
        private int _protectedDepth;
        private bool _inStraight;
        private bool _straightProtected;

        public readonly bool Protecting => _protectedDepth > 0 || (_inStraight && _straightProtected);

        public void See(char c, bool atSentenceStart)
        {
            if (c == '"')
            {
                _inStraight = !_inStraight;
                _straightProtected = _inStraight && !atSentenceStart;
            }
            else if (IsOpening(c))
            {
                _depth++;
                if (!atSentenceStart || _protectedDepth > 0)
                {
                    _protectedDepth++;
                }
            }
            else if (IsClosing(c) && _depth > 0)
            {
                _depth--;
                _protectedDepth = Math.Min(_protectedDepth, _depth);
            }
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '؟' or '؛' or '…';

    private static bool IsOpening(char c) => c is '(' or '[' or '{' or '«' or '“' or '‹';

    private static bool IsClosing(char c) => c is ')' or ']' or '}' or '»' or '”' or '›';

    /// <summary>A dot between two letters or digits (3.5, bbc.com, U.S.A) does not end a sentence.</summary>
    private static bool IsInsideWord(string line, int i) =>
        line[i] == '.' && i > 0 && i + 1 < line.Length && char.IsLetterOrDigit(line[i - 1]) && char.IsLetterOrDigit(line[i + 1]);

    /// <summary>A dot after a one-letter word (د. ، م. ، J.) or a known abbreviation (Dr., etc.) does not end a sentence.</summary>
    private static bool IsAbbreviation(string line, int i)
    {
        if (line[i] != '.')
        {
            return false;
        }

        var j = i;
        var letters = 0;
        // Arabic short vowels and tanween are marks, not letters: "واضحًا." is a word of five letters, not "ا.".
        while (j > 0 && (char.IsLetter(line[j - 1]) || line[j - 1] is '\u0640' or '.' or (>= '\u064B' and <= '\u0652')))
        {
            j--;
            if (char.IsLetter(line[j]))
            {
                letters++;
            }
        }

        if (letters == 0)
        {
            return false;
        }

        var word = line[j..i];
        return letters == 1 || Abbreviations.Contains(word.Replace(".", string.Empty, StringComparison.Ordinal)) || LatinLetterNames.Contains(word)
            || (word.Length > 2 && word[0] == 'و' && LatinLetterNames.Contains(word[1..]))
            || (word.Contains('.', StringComparison.Ordinal) && word.Length <= 6);
    }

    private static void Add(List<string> result, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            result.Add(trimmed);
        }
    }

    private static void AddBounded(List<SplitSentence> sentences, string sentence)
    {
        var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxSentenceWords)
        {
            sentences.Add(new SplitSentence(sentence, IsWhole: true));
            return;
        }

        var from = 0;
        while (from < words.Length)
        {
            var to = Math.Min(words.Length, from + MaxSentenceWords);
            if (to < words.Length)
            {
                // Prefer to cut after a comma in the second half of the window.
                for (var k = to - 1; k > from + (MaxSentenceWords / 2); k--)
                {
                    if (words[k][^1] is '،' or ',')
                    {
                        to = k + 1;
                        break;
                    }
                }
            }

            sentences.Add(new SplitSentence(string.Join(' ', words, from, to - from), IsWhole: false, StartsSentence: from == 0));
            from = to;
        }
    }
}
