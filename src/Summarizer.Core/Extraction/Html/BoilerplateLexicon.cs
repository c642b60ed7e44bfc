using System.Globalization;
using System.Text;

namespace Summarizer.Extraction.Html;

/// <summary>What a lexicon phrase at the start of a block says about it.</summary>
internal enum LexiconKind
{
    None,

    /// <summary>A related / read-more / most-read label: near the end it opens the tail that is not the article.</summary>
    Related,

    /// <summary>A call to action (subscribe, donate, share, app, log in, comment prompt).</summary>
    Action,

    /// <summary>A short meta line (photo credit, source, update stamp, category, contact).</summary>
    Meta,
}

/// <summary>
/// The multilingual boilerplate lexicon (<c>Data/boilerplate-lexicon.txt</c>, embedded): phrases matched on whole
/// words at the start of short blocks. Words, not substrings, so "mehr" never hits "mehrere" and "tag" never hits
/// "Tagung"; case, punctuation, Arabic diacritics, tatweel and hamza forms of alef are ignored.
/// </summary>
internal static class BoilerplateLexicon
{
    private const string ResourceName = "Summarizer.data.boilerplate-lexicon.txt";

    // Longest phrase in words; only this many words of a block are read.
    private const int MaxWords = 8;

    // A label is a line of its own: a related label may carry a short topic ("Mehr zum Thema Corona"), a call to action a
    // short sentence; past these sizes the block is prose that happens to start with the words.
    private const int RelatedSlack = 30;
    private const int MaxActionLetters = 160;
    private const int SingleWordActionSlack = 30;
    private const int MaxMetaLetters = 120;

    private static readonly Dictionary<string, List<Phrase>> ByFirstWord = Load();

    /// <summary>The kind of the longest lexicon phrase the block starts with, if the block is short enough to be that kind of line.</summary>
    public static LexiconKind Match(string text, int letters)
    {
        if (letters > MaxActionLetters + RelatedSlack)
        {
            return LexiconKind.None;
        }

        Span<(int Start, int End)> spans = stackalloc (int, int)[MaxWords];
        var words = new string[MaxWords];
        var count = Words(text, words, spans);
        if (count == 0 || !ByFirstWord.TryGetValue(words[0], out var candidates))
        {
            return LexiconKind.None;
        }

        Phrase? best = null;
        foreach (var phrase in candidates)
        {
            if (phrase.Words.Length > count || (best is not null && phrase.Words.Length <= best.Words.Length))
            {
                continue;
            }

            var same = true;
            for (var w = 1; w < phrase.Words.Length && same; w++)
            {
                same = phrase.Words[w] == words[w];
            }

            if (same && (!phrase.NeedsColon || ColonAfter(text, spans[phrase.Words.Length - 1].End)) && Fits(phrase, letters))
            {
                best = phrase;
            }
        }

        return best?.Kind ?? LexiconKind.None;
    }

    private static bool Fits(Phrase phrase, int letters) => phrase.Kind switch
    {
        LexiconKind.Related => letters <= phrase.Letters + RelatedSlack,
        LexiconKind.Action => letters <= (phrase.Words.Length == 1 ? phrase.Letters + SingleWordActionSlack : MaxActionLetters),
        _ => letters <= MaxMetaLetters,
    };

    private static bool ColonAfter(string text, int end)
    {
        for (var i = end; i < text.Length; i++)
        {
            if (text[i] is ':' or '：')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Splits the start of a text into normalized words (letters and digits), with each word's span in the text.</summary>
    private static int Words(string text, string[] words, Span<(int Start, int End)> spans)
    {
        var count = 0;
        var word = new StringBuilder();
        var start = -1;
        for (var i = 0; i <= text.Length && count < words.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c) && c != 'ـ')
            {
                start = start < 0 ? i : start;
                word.Append(Fold(c));
                continue;
            }

            // Diacritics, tatweel and zero-width joiners sit inside words.
            var category = char.GetUnicodeCategory(c);
            if (start >= 0 && (c == 'ـ' || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format))
            {
                continue;
            }

            if (start >= 0)
            {
                words[count] = word.ToString();
                spans[count] = (start, i);
                count++;
                word.Clear();
                start = -1;
            }
        }

        return count;
    }

    private static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'İ' => 'i', // ToLowerInvariant keeps the dot (i + U+0307); Turkish labels are written both ways.
        _ => char.ToLowerInvariant(c),
    };

    private static Dictionary<string, List<Phrase>> Load()
    {
        using var stream = typeof(BoilerplateLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    internal static Dictionary<string, List<Phrase>> Parse(string lexicon)
    {
        var phrases = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var kind = LexiconKind.None;
        var words = new string[MaxWords];
        Span<(int Start, int End)> spans = stackalloc (int, int)[MaxWords];
        foreach (var raw in lexicon.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                kind = Enum.Parse<LexiconKind>(line.Trim('[', ']'), ignoreCase: true);
                continue;
            }

            var count = Words(line, words, spans);
            if (count == 0 || kind == LexiconKind.None)
            {
                continue;
            }

            var phrase = new Phrase(words[..count], kind, line.EndsWith(':'), TextCounts.Letters(line));
            if (!phrases.TryGetValue(phrase.Words[0], out var list))
            {
                phrases[phrase.Words[0]] = list = [];
            }

            list.Add(phrase);
        }

        return phrases;
    }

    internal sealed record Phrase(string[] Words, LexiconKind Kind, bool NeedsColon, int Letters);
}
