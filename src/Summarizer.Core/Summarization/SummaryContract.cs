using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Summarizer.Extraction;
using Summarizer.Text;

namespace Summarizer.Summarization;

/// <summary>
/// What every summary box promises, whatever made it: a summary of 1–3 sentences and 3–5 key points, each at most
/// <see cref="MaxKeyPointWords"/> words. Its one home: the LLM prompts get it as template variables
/// (<see cref="PromptVariables"/>), the LLM answer validator and the extractive summarizer's limits are bound to it, and the
/// workflow checks every summary against it (<see cref="Check"/>); a broken one is a bug of the summarizer that made it,
/// logged with the issues.
/// </summary>
public sealed class SummaryContract
{
    public const string SectionName = "Summarizer:SummaryContract";

    [Range(1, 3)]
    public int MinSummarySentences { get; set; } = 1;

    [Range(1, 5)]
    public int MaxSummarySentences { get; set; } = 3;

    [Range(1, 5)]
    public int MinKeyPoints { get; set; } = 3;

    [Range(3, 10)]
    public int MaxKeyPoints { get; set; } = 5;

    /// <summary>
    /// The hard limit: a whole news sentence kept as a key point may run to 40 words. The LLM prompt still asks for
    /// <see cref="PreferredKeyPointWords"/>.
    /// </summary>
    [Range(8, 80)]
    public int MaxKeyPointWords { get; set; } = 40;

    /// <summary>The length a key point should have (what the prompt asks for).</summary>
    [Range(8, 80)]
    public int PreferredKeyPointWords { get; set; } = 25;

    /// <summary>
    /// An article with fewer sentences of six words or more than this may have fewer than <see cref="MinKeyPoints"/> key
    /// points: there are not enough facts that stand alone.
    /// </summary>
    [Range(1, 20)]
    public int ShortArticleSentences { get; set; } = 4;

    /// <summary>
    /// The contract as the prompt templates' variables (<c>{{$max_key_points}}</c>, ...): the LLM is asked for the
    /// preferred key-point length, the hard limit being the extractive summarizer's room for a whole news sentence.
    /// </summary>
    public IReadOnlyDictionary<string, string> PromptVariables() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["min_summary_sentences"] = Text(MinSummarySentences),
        ["max_summary_sentences"] = Text(MaxSummarySentences),
        ["min_key_points"] = Text(MinKeyPoints),
        ["max_key_points"] = Text(MaxKeyPoints),
        ["key_point_words"] = Text(PreferredKeyPointWords),
    };

    /// <summary>
    /// What the prompts were told, for the summary key: empty for the default contract (stored keys stay valid), else
    /// the numbers, so that a summary written under another contract is not reused.
    /// </summary>
    public string PromptSignature()
    {
        var defaults = new SummaryContract();
        var variables = PromptVariables();
        return variables.SequenceEqual(defaults.PromptVariables())
            ? ""
            : "contract:" + string.Join('/', variables.Values);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The ways <paramref name="summary"/> breaks the contract, in plain words; empty when it keeps it.</summary>
    public IReadOnlyList<string> Check(ArticleSummary summary, ExtractedArticle article)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(article);
        var issues = new List<string>();
        var sentences = SentenceSplitter.Split(summary.Summary).Count;
        if (sentences < MinSummarySentences || sentences > MaxSummarySentences)
        {
            issues.Add($"the summary has {sentences} sentences; it must have {MinSummarySentences} to {MaxSummarySentences}");
        }

        var points = summary.KeyPoints.Count;
        if (points > MaxKeyPoints)
        {
            issues.Add($"{points} key points; at most {MaxKeyPoints}");
        }
        else if (points < MinKeyPoints && !IsShort(article) && !KeepsForeignLanguage(summary, article))
        {
            issues.Add($"{points} key points for an article of {article.Paragraphs.Count} paragraphs; at least {MinKeyPoints}");
        }

        for (var i = 0; i < points; i++)
        {
            var words = WordTokenizer.Count(summary.KeyPoints[i]);
            if (words > MaxKeyPointWords)
            {
                issues.Add($"key point {i + 1} has {words} words; at most {MaxKeyPointWords}");
            }
        }

        return issues;
    }

    /// <summary>
    /// The extractive summary of an article that is not in Arabic keeps the article's language, and its sentence rules
    /// (connectives, speakers, datelines) are Arabic ones: fewer than <see cref="MinKeyPoints"/> points is then what it can
    /// give, not a bug, and the one warning that the article is not in Arabic already tells the reader.
    /// </summary>
    private static bool KeepsForeignLanguage(ArticleSummary summary, ExtractedArticle article)
    {
        if (summary.Summarizer != SummarizerSelector.ExtractiveName)
        {
            return false;
        }

        return LanguageGuess.Primary(article.Language) switch
        {
            "ar" => false,
            "und" => ArabicScript.LetterShare(string.Concat(article.Paragraphs.Take(5))) < 0.5,
            _ => true,
        };
    }

    private bool IsShort(ExtractedArticle article) =>
        article.Paragraphs.SelectMany(SentenceSplitter.Split).Count(s => WordTokenizer.Count(s) >= 6) < ShortArticleSentences;
}
