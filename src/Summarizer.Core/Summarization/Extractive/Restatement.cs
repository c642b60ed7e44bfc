using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Two sentences that state the same fact in the article's own words ("اتهمت روسيا إسرائيل بالغارة على مطار التيفور العسكري
/// بين حمص وتدمر" and "أكد الجيش الروسي أن طائرات إسرائيلية قصفت مطار التيفور العسكري بين حمص وتدمر"): stems shared with
/// the rest of the article hide it, runs of the same words show it. Who says it ("قال المتحدث باسم ... إن") is left out, so
/// that two facts from one speaker are not taken for one.
/// </summary>
internal sealed class Restatement
{
    /// <summary>Runs of this many words compared.</summary>
    private const int RunLength = 4;

    /// <summary>At least this many shared runs...</summary>
    private const int MinSharedRuns = 3;

    /// <summary>...and at least this share of the shorter claim's words make two points one fact.</summary>
    private const double MinWordOverlap = 0.4;

    private readonly HashSet<string> _runs;
    private readonly HashSet<string> _words;

    public Restatement(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordTokenizer.Words(ArabicTextAnalyzer.Normalize(Claim(text)));
        _words = words.ToHashSet(StringComparer.Ordinal);
        _runs = [];
        for (var i = 0; i + RunLength <= words.Count; i++)
        {
            _runs.Add(string.Join(' ', words.Skip(i).Take(RunLength)));
        }
    }

    /// <summary>Whether this and <paramref name="other"/> say the same thing.</summary>
    public bool Repeats(Restatement other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var shared = _runs.Count <= other._runs.Count ? _runs.Count(other._runs.Contains) : other._runs.Count(_runs.Contains);
        return shared >= MinSharedRuns && TermOverlap.Coefficient(_words, other._words) >= MinWordOverlap;
    }

    /// <summary>The words after a speaker's opening ("قال X إن ..."، "قال X: ..."); the whole text otherwise.</summary>
    private static string Claim(string text)
    {
        if (ImpliedSubject.Read(text) is not { } opening)
        {
            return text;
        }

        var tokens = text.Split(' ');
        var at = 0;
        for (var i = 0; i < tokens.Length && i < SpeechQuotes.MaxIntroWords; i++)
        {
            at += tokens[i].Length + 1;
            if (ImpliedSubject.IsComplementizer(tokens[i]) || tokens[i].EndsWith(':') || (i + 1 < tokens.Length && tokens[i + 1].Length > 0 && QuoteMarks.Opens(tokens[i + 1][0])))
            {
                return at < text.Length ? text[at..] : text;
            }
        }

        return text[Math.Min(opening.VerbEnd, text.Length)..];
    }
}
