using Summarizer.Pipeline;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Summarization;

namespace Summarizer.Cli.Commands;

/// <summary>What <c>summarize</c> keeps, and how stored rows turn back into what the renderers print.</summary>
internal static class StoredSummaries
{
    public const string CliSource = "cli";

    /// <summary>
    /// Summarizes and keeps the result. A summary that was made but could not be stored (a read-only folder, a database
    /// that is away) is still printed: the store failing is reported on <paramref name="warnings"/>, not as a lost article.
    /// </summary>
    public static async Task<SummarizedArticle> SummarizeAndStoreAsync(
        IArticlePipeline pipeline, IArticleStore store, ArticleInput input, IArticleSummarizer summarizer, TextWriter warnings,
        CancellationToken cancellationToken)
    {
        var result = await pipeline.SummarizeAsync(input, summarizer, cancellationToken);
        // Files are kept under their file:// URL (set when the file was read); stdin has none and is not kept.
        var url = input.Url is { Scheme: "http" or "https" } web ? UrlNormalizer.Normalize(web) : input.Url is { IsFile: true } file ? file : null;
        if (url is null)
        {
            return result;
        }

        try
        {
            var fetched = FetchedArticle.From(result.Article);
            var id = await store.EnsureArticleAsync(CliSource, url.AbsoluteUri, cancellationToken);
            await store.RecordFetchedAsync(id, fetched, cancellationToken);
            await store.SaveSummaryAsync(id, fetched.TextHash, result.Summary, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await warnings.WriteLineAsync($"summarizer: {input.Source}: summarized, but not stored: {ex.Message} (--no-store skips the store)");
        }

        return result;
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
