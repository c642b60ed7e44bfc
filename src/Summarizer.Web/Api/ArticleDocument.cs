using System.Globalization;
using Summarizer.Storage;
using Summarizer.Web.Pages;

namespace Summarizer.Web.Api;

/// <summary>
/// The object <c>summarize --format json</c> prints (README, "JSON output"), for a stored article: <c>id</c> is the store's
/// article id, <c>source</c> the URL it was queued under (as <c>show</c> does), and the timings are zero (not measured here).
/// </summary>
internal sealed record ArticleDocument(
    string Id, string Source, string? Url, string Title, string? Byline, DateTimeOffset? PublishedAt, string Language,
    string Direction, string Summary, IReadOnlyList<string> KeyPoints, string Summarizer, string? Model, string PromptVersion,
    bool? Grounded, IReadOnlyList<string> ValidationIssues, UsageDocument? Usage, TimingsDocument TimingsMs)
{
    public static ArticleDocument From(ArticleRecord article, SummaryRecord record)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(record);
        var summary = record.Summary;
        return new ArticleDocument(
            article.Id.ToString(CultureInfo.InvariantCulture), article.Url, article.CanonicalUrl ?? article.Url, article.Title ?? "",
            article.Byline, article.PublishedAt, ArticleView.Language(article), ArticleView.Direction(article), summary.Summary,
            summary.KeyPoints, summary.Summarizer, summary.Model, summary.PromptVersion, summary.Grounded, summary.ValidationIssues,
            summary.Usage is { } usage ? new UsageDocument(usage.PromptTokens, usage.CompletionTokens, usage.Calls, usage.Cost) : null,
            new TimingsDocument(0, 0, 0, 0));
    }
}

internal sealed record UsageDocument(int PromptTokens, int CompletionTokens, int Calls, decimal? Cost);

internal sealed record TimingsDocument(double Fetch, double Extract, double Summarize, double Total);
