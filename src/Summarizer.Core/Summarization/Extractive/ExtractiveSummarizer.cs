using Microsoft.Extensions.Options;
using Summarizer.Extraction;
using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// In-process extractive summarizer for news: the summary is the best-ranked sentence (nearly always the lead),
/// compressed, plus the next one when it is short; the key points are distinct short facts chosen by MMR.
/// Deterministic: the same article always gives the same summary.
/// </summary>
internal sealed class ExtractiveSummarizer(IOptions<ExtractiveSummarizerOptions> options) : IArticleSummarizer, IVersionedSummarizer
{
    /// <summary>Changes whenever the algorithm's output changes.</summary>
    public const string AlgorithmVersion = "extractive-9";

    private static readonly ArabicTextAnalyzer Analyzer = ArabicTextAnalyzer.Default;
    private readonly SentenceExtractor _extractor = new(Analyzer);
    private readonly KeyPointSelector _keyPoints = new(Analyzer);

    public string Name => SummarizerSelector.ExtractiveName;

    public string? Model => null;

    public string PromptVersion => AlgorithmVersion;

    public Task<ArticleSummary> SummarizeAsync(ExtractedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Task.FromResult(Summarize(article, options.Value, cancellationToken));
        }
        catch (Exception ex) when (ex is not SummarizerException and not OperationCanceledException)
        {
            throw new SummarizerException(FailureKind.SummarizationFailed, "the extractive summarizer failed: " + ex.Message, ex);
        }
    }

    private ArticleSummary Summarize(ExtractedArticle article, ExtractiveSummarizerOptions o, CancellationToken cancellationToken)
    {
        var sentences = _extractor.Extract(article.Paragraphs ?? [], cancellationToken);
        if (sentences.Count == 0 || sentences.Sum(s => s.WordCount) < o.MinArticleWords)
        {
            throw new SummarizerException(FailureKind.NotAnArticle, "not enough text to summarize");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var features = SentenceScorer.Features(sentences, Analyzer.ContentTerms(article.Title ?? string.Empty));
        var (summary, used) = ChooseSummary(sentences, features, o);

        cancellationToken.ThrowIfCancellationRequested();
        var relevance = sentences.Select((s, i) => SentenceScorer.KeyPointScore(features[i], s, o)).ToArray();
        var keyPoints = _keyPoints.Select(sentences, relevance, used, summary, o, article.Title);

        return new ArticleSummary
        {
            Summary = summary,
            KeyPoints = keyPoints,
            Summarizer = Name,
            Model = null,
            PromptVersion = AlgorithmVersion,
        };
    }

    private static (string Summary, IReadOnlyCollection<int> Used) ChooseSummary(
        IReadOnlyList<ArticleSentence> sentences, SentenceFeatures[] features, ExtractiveSummarizerOptions o)
    {
        var best = 0;
        for (var i = 1; i < sentences.Count; i++)
        {
            if (SentenceScorer.SummaryScore(features[i], sentences[i], o) > SentenceScorer.SummaryScore(features[best], sentences[best], o))
            {
                best = i;
            }
        }

        var used = new List<int> { sentences[best].Index };
        var lead = SentenceCompressor.Compress(WholeLead(sentences[best]), dropAttribution: false);
        var parts = new List<string> { Finish(o.HeadlineStyleSummary ? ReportingVerbRewriter.Rewrite(lead) : lead) };
        var next = best + 1;
        while (used.Count < o.SummarySentences && next < sentences.Count
            && SentenceExtractor.CountWords(string.Join(' ', parts)) < o.MinSummaryWords && !sentences[next].IsQuestion)
        {
            parts.Add(Finish(SentenceCompressor.Compress(sentences[next].Text, dropAttribution: false)));
            used.Add(sentences[next].Index);
            next++;
        }

        return (string.Join(' ', parts), used);
    }

    /// <summary>
    /// The lead as a whole sentence: the first piece of a run-on the splitter had to cut ends in the middle of a clause
    /// ("...، فمع ما كان من تعبير عن شدة الغضب، بالمقاطعة المعلنة للمباريات،"), so it gives its longest head that ends a
    /// clause ("كان من الضروري أن نتفهم عمق الإحباط ... المساندة للأندية الوطنية."), when it has one.
    /// </summary>
    private static string WholeLead(ArticleSentence lead) =>
        lead.IsWhole ? lead.Text
        : ClauseTrimmer.Heads(lead.Text) is { Count: > 0 } heads ? heads[^1]
        : ClauseTrimmer.CoordinationHeads(lead.Text) is { Count: > 0 } joined ? joined[^1]
        : lead.Text;

    /// <summary>Ends the sentence with a full stop when it has no final punctuation.</summary>
    internal static string Finish(string sentence)
    {
        // ".." or "..." closing a column's sentence is the writer's pause, not an omission: a point ends with one stop.
        var trimmed = sentence.TrimEnd();
        var dots = trimmed.Length - trimmed.TrimEnd('.').Length;
        if (dots >= 2 && trimmed.Length > dots && trimmed[^(dots + 1)] is not '(' and not ' ')
        {
            trimmed = trimmed[..^(dots - 1)];
        }

        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '؟' or '"' or '»' or '”' or ')' or '…' ? trimmed : trimmed + ".";
    }
}
