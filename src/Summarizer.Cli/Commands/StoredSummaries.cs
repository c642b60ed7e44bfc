using Summarizer.Pipeline;
using Summarizer.Storage;
using Summarizer.Summarization;

namespace Summarizer.Cli.Commands;

/// <summary>What <c>summarize</c> keeps, and how stored rows turn back into what the renderers print.</summary>
internal static class StoredSummaries
{
    /// <summary>
    /// Runs the article workflow for one input: a summary already stored for the same text, summarizer, model and prompt is
    /// reused, and the result is kept (unless there is no store). A summary that was made but could not be stored (a
    /// read-only folder, a database that is away) is still printed: the store failing is reported on
    /// <paramref name="warnings"/>, not as a lost article.
    /// </summary>
    public static async Task<SummarizedArticle> SummarizeAsync(
        ArticleWorkflow workflow, ArticleInput input, IArticleSummarizer summarizer, TextWriter warnings, CancellationToken cancellationToken)
    {
        var result = await workflow.RunAsync(new ArticleJob(input) { StoreIsBestEffort = true }, summarizer, cancellationToken);
        if (result.StoreWarning is { } warning)
        {
            await warnings.WriteLineAsync($"summarizer: {input.Source}: summarized, but not stored: {warning} (--no-store skips the store)");
        }

        return result.ToSummarized();
    }

    public static SummarizedArticle ToSummarized(ArticleRecord article, SummaryRecord summary)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(summary);
        var url = Uri.TryCreate(article.CanonicalUrl ?? article.Url, UriKind.Absolute, out var u) ? u : null;
        var language = article.Language ?? "und";
        var extracted = new Extraction.ExtractedArticle
        {
            Title = article.Title ?? "",
            Paragraphs = (article.Text ?? "").Split('\n'),
            Byline = article.Byline,
            PublishedAt = article.PublishedAt,
            Language = language,
            Direction = Extraction.LanguageGuess.DirectionOf(language),
            Url = url,
            CanonicalUrl = article.CanonicalUrl is { } c && Uri.TryCreate(c, UriKind.Absolute, out var cu) ? cu : null,
        };
        var input = new ArticleInput(article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), article.Url, url, null);
        return new SummarizedArticle(input, extracted, summary.Summary, new StageTimings(0, 0, 0));
    }
}
