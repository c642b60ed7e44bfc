using System.Globalization;
using Microsoft.Extensions.Options;
using Summarizer.Summarization.Llm.Answers;
using Summarizer.Text;

namespace Summarizer.Summarization.Llm.Validation;

/// <summary>
/// Checks every answer in code before it is accepted: shape (the <see cref="SummaryContract"/>: by default 1-3 summary
/// sentences, 3-5 key points of at most the 25 words the prompt asks for; no repeats), language (80% Arabic letters when the output is Arabic) and grounding (every number occurs in
/// the article; each key point's content words mostly occur in it, normalized and stemmed) and signs of a hijacked
/// answer (markup, links, the prompt's rules, refusals: <see cref="HostileOutputCheck"/>). Each problem is one line
/// in plain words, sent back to the model in the repair request and shown to the user.
/// </summary>
internal sealed class SummaryValidator(IOptions<LlmOptions> options, IOptions<SummaryContract>? contract = null)
{
    public const double MinArabicLetterShare = 0.8;

    /// <summary>Issue lines reported at most, whatever the answer holds.</summary>
    public const int MaxIssues = 12;

    /// <summary>Two texts whose content terms overlap this much (Jaccard) say the same thing.</summary>
    public const double RepeatSimilarity = 0.7;

    private readonly LlmOptions _options = options.Value;

    // The LLM is held to what its prompt asks for (the preferred key-point length), not to the contract's hard limit.
    private readonly SummaryContract _contract = contract?.Value ?? new SummaryContract();
    private readonly ArabicTextAnalyzer _analyzer = ArabicTextAnalyzer.Default;

    public IReadOnlyList<string> Validate(LlmAnswer answer, string articleText)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(articleText);
        var issues = new List<string>();
        CheckShape(answer, issues);
        CheckLanguage(answer, issues);
        CheckNumbers(answer, articleText, issues);
        CheckKeyPointGrounding(answer, articleText, issues);
        issues.AddRange(HostileOutputCheck.Find(Output(answer), articleText));
        return Bounded(issues);
    }

    /// <summary>At most <see cref="MaxIssues"/> lines, then one that says how many more: the repair request stays small whatever the answer.</summary>
    private static List<string> Bounded(List<string> issues) =>
        issues.Count <= MaxIssues ? issues : [.. issues.Take(MaxIssues - 1), $"and {issues.Count - (MaxIssues - 1)} more problems of the same kinds"];

    private void CheckShape(LlmAnswer answer, List<string> issues)
    {
        var sentences = SentenceSplitter.Split(answer.Summary).Count;
        if (sentences < _contract.MinSummarySentences || sentences > _contract.MaxSummarySentences)
        {
            issues.Add($"the summary has {sentences} sentences; it must have {_contract.MinSummarySentences} to {_contract.MaxSummarySentences}");
        }

        if (answer.KeyPoints.Count > _contract.MaxKeyPoints)
        {
            issues.Add($"{answer.KeyPoints.Count} key points; at most {_contract.MaxKeyPoints}");
        }
        else if (answer.KeyPoints.Count < _contract.MinKeyPoints)
        {
            issues.Add($"there are {answer.KeyPoints.Count} key points; there must be {_contract.MinKeyPoints} to {_contract.MaxKeyPoints}");
        }

        // Past the contract's count one issue says so; the points beyond it are not compared pair by pair (10,000 points
        // would be 50 million comparisons and as many lines).
        var points = Checked(answer);
        var summaryTerms = SentenceSplitter.Split(answer.Summary).Select(Terms).ToList();
        var pointTerms = points.Select(Terms).ToList();
        for (var i = 0; i < points.Count; i++)
        {
            var words = WordTokenizer.Count(points[i]);
            if (words > _contract.PreferredKeyPointWords)
            {
                issues.Add($"key point {i + 1} has {words} words; at most {_contract.PreferredKeyPointWords}");
            }

            for (var j = 0; j < i; j++)
            {
                if (Jaccard(pointTerms[i], pointTerms[j]) >= RepeatSimilarity)
                {
                    issues.Add($"key point {i + 1} repeats key point {j + 1}");
                }
            }

            if (summaryTerms.Any(s => Jaccard(pointTerms[i], s) >= RepeatSimilarity))
            {
                issues.Add($"key point {i + 1} repeats the summary; give a different fact");
            }
        }
    }

    private void CheckLanguage(LlmAnswer answer, List<string> issues)
    {
        if (!IsArabicOutput)
        {
            return;
        }

        var share = ArabicScript.LetterShare(Output(answer));
        if (share < MinArabicLetterShare)
        {
            issues.Add(string.Create(CultureInfo.InvariantCulture, $"only {share * 100:0}% of the letters are Arabic; write the summary and the key points in Arabic"));
        }
    }

    private static void CheckNumbers(LlmAnswer answer, string articleText, List<string> issues)
    {
        foreach (var number in NumberFinder.FindUnsupported(Output(answer), articleText).DistinctBy(n => n.Value))
        {
            issues.Add($"the number {number.Text} does not occur in the article; use only the article's numbers");
        }
    }

    /// <summary>Word grounding needs the answer and the article in the same script; numbers are checked apart.</summary>
    private void CheckKeyPointGrounding(LlmAnswer answer, string articleText, List<string> issues)
    {
        var articleArabic = ArabicScript.LetterShare(articleText) >= 0.5;
        if (articleArabic != IsArabicOutput)
        {
            return;
        }

        var known = Terms(articleText);
        var points = Checked(answer);
        for (var i = 0; i < points.Count; i++)
        {
            var terms = Terms(points[i]).Where(t => !ArabicDigits.IsDigit(t[0])).ToList();
            if (terms.Count == 0)
            {
                continue;
            }

            var found = (double)terms.Count(known.Contains) / terms.Count;
            if (found < _options.MinKeyPointGrounding)
            {
                issues.Add(string.Create(CultureInfo.InvariantCulture, $"key point {i + 1} is not supported by the article (only {found * 100:0}% of its words occur in it)"));
            }
        }
    }

    private bool IsArabicOutput => _options.OutputLanguage.StartsWith("ar", StringComparison.OrdinalIgnoreCase);

    private HashSet<string> Terms(string text) => _analyzer.ContentTerms(text).ToHashSet(StringComparer.Ordinal);

    /// <summary>The key points checked one by one: those the contract allows, the first <see cref="SummaryContract.MaxKeyPoints"/>.</summary>
    private IReadOnlyList<string> Checked(LlmAnswer answer) =>
        answer.KeyPoints.Count <= _contract.MaxKeyPoints ? answer.KeyPoints : answer.KeyPoints.Take(_contract.MaxKeyPoints).ToList();

    private static string Output(LlmAnswer answer) => answer.Summary + "\n" + string.Join('\n', answer.KeyPoints);

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

}
