using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Sentence openers that need the sentence before ("إلا أن"، "في حين"، "من جهته"، "يأتي ذلك"), read from
/// <c>Data/connectives.txt</c>. Some can be removed and leave a sentence that stands alone; others cannot.
/// </summary>
internal static class Connectives
{
    public enum Kind
    {
        None,
        Drop,
        DropNamed,
        Skip,

        /// <summary>A topic frame ("فيما يتعلق بـ X،") that stays in the sentence when what follows its comma names its speaker.</summary>
        Frame,
    }

    /// <summary>Phrases as word arrays, longest first, so that "كما أنه" wins over "كما".</summary>
    private static readonly (string[] Words, Kind Kind)[] Phrases = DataFile.Pairs("connectives.txt")
        .Select(p => (p.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), p.Key switch { "skip" => Kind.Skip, "frame" => Kind.Frame, "dropnamed" => Kind.DropNamed, _ => Kind.Drop }))
        .OrderByDescending(p => p.Item1.Length).ThenByDescending(p => p.Item1.Sum(w => w.Length))
        .ToArray();

    /// <summary>
    /// The opener of <paramref name="sentence"/> and how many characters it spans (a leading و or ف and a comma after it
    /// included); <see cref="Kind.None"/> when the sentence opens with none.
    /// </summary>
    public static (Kind Kind, int Length) Opening(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = Tokens(sentence, 6);
        if (tokens.Count == 0)
        {
            return (Kind.None, 0);
        }

        foreach (var (words, kind) in Phrases)
        {
            if (words.Length > tokens.Count)
            {
                continue;
            }

            var match = true;
            for (var w = 0; w < words.Length && match; w++)
            {
                var token = tokens[w].Word;
                match = w == 0 ? Same(token, words[0]) || (token.Length > words[0].Length && token[0] is 'و' or 'ف' && Same(token[1..], words[0]))
                    : Same(token, words[w]);
            }

            // A phrase that is the whole of the first token's run must end at a word boundary, not inside the sentence's next word.
            if (match)
            {
                var end = tokens[words.Length - 1].End;
                while (end < sentence.Length && sentence[end] is ' ' or '،' or ',' or '\u00A0')
                {
                    end++;
                }

                // "لكن مسؤولا بالتحالف نفى ...": the particle made its noun accusative; without it the sentence is ungrammatical.
                var governs = words[^1] is "أن" or "إن" or "ان" or "لكن" or "ولكن";
                return governs && words.Length < tokens.Count && AccusativeSubjects.Contains(Tashkeel.Strip(tokens[words.Length].Word)) ? (Kind.Skip, end) : (kind, end);
            }
        }

        return (Kind.None, 0);
    }

    /// <summary>Indefinite nouns that name who acts, in the accusative an opener like "لكن" or "إلا أن" gives them ("مسؤولا"، "مصدرا").</summary>
    private static readonly HashSet<string> AccusativeSubjects = [.. DataFile.Lines("accusative-subjects.txt")];

    private static bool Same(string token, string word) => string.Equals(Tashkeel.Strip(token), word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The first few space-separated tokens with their end offsets, trailing commas and colons cut off.</summary>
    private static List<(string Word, int End)> Tokens(string sentence, int max)
    {
        var tokens = new List<(string, int)>();
        var i = 0;
        while (i < sentence.Length && tokens.Count < max)
        {
            while (i < sentence.Length && char.IsWhiteSpace(sentence[i]))
            {
                i++;
            }

            var start = i;
            while (i < sentence.Length && !char.IsWhiteSpace(sentence[i]) && sentence[i] is not ('،' or ',' or ':' or '؛'))
            {
                i++;
            }

            if (i > start)
            {
                tokens.Add((sentence[start..i], i));
            }

            if (i < sentence.Length && sentence[i] is '،' or ',' or ':' or '؛')
            {
                break;
            }
        }

        return tokens;
    }
}
