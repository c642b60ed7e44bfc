using Summarizer.Pipeline;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Summarization;
using Summarizer.Worker;

namespace Summarizer.Cli.Commands;

/// <summary>What <c>summarize</c> keeps, and how stored rows turn back into what the renderers print.</summary>
internal static class StoredSummaries
{
    public const string CliSource = "cli";

    public static async Task<SummarizedArticle> SummarizeAndStoreAsync(
        IArticlePipeline pipeline, IArticleStore store, ArticleInput input, IArticleSummarizer summarizer, CancellationToken cancellationToken)
    {
        var result = await pipeline.SummarizeAsync(input, summarizer, cancellationToken);
        var url = input.Url is { Scheme: "http" or "https" } web ? UrlNormalizer.Normalize(web)
            : File.Exists(input.Source) ? new Uri(Path.GetFullPath(input.Source)) : null;
        if (url is not null)
        {
            var article = result.Article;
            var hash = ContentHash.Compute(article.Text);
            var id = await store.EnsureArticleAsync(CliSource, url.AbsoluteUri, cancellationToken);
            await store.RecordFetchedAsync(id, new FetchedArticle(
                article.CanonicalUrl?.AbsoluteUri, article.Title, article.Byline, article.PublishedAt, article.Language, article.Text, hash),
                cancellationToken);
            await store.SaveSummaryAsync(id, hash, result.Summary, cancellationToken);
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
            Direction = language.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? "rtl" : "ltr",
            Url = url,
            CanonicalUrl = article.CanonicalUrl is { } c && Uri.TryCreate(c, UriKind.Absolute, out var cu) ? cu : null,
        };
        var input = new ArticleInput(article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), article.Url, url, null);
        return new SummarizedArticle(input, extracted, summary.Summary, new StageTimings(0, 0, 0));
    }
}
