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
    bool? Grounded, IReadOnlyList<string> ValidationIssues, string? KeyPointsNote, UsageDocument? Usage, TimingsDocument TimingsMs)
{
    private const int MinKeyPoints = 3;

    public static ArticleDocument From(ArticleRecord article, SummaryRecord record)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(record);
        var summary = record.Summary;
        return new ArticleDocument(
            article.Id.ToString(CultureInfo.InvariantCulture), article.Url, article.CanonicalUrl ?? article.Url, article.Title ?? "",
            article.Byline, article.PublishedAt, ArticleView.Language(article), ArticleView.Direction(article), summary.Summary,
            summary.KeyPoints, summary.Summarizer, summary.Model, summary.PromptVersion, summary.Grounded, summary.ValidationIssues,
            Note(summary.KeyPoints.Count),
            summary.Usage is { } usage ? new UsageDocument(usage.PromptTokens, usage.CompletionTokens, usage.Calls, usage.Cost) : null,
            new TimingsDocument(0, 0, 0, 0));
    }

    /// <summary>The CLI's <c>keyPointsNote</c>, word for word: why a box has fewer than 3 key points.</summary>
    private static string? Note(int count) => count >= MinKeyPoints
        ? null
        : $"{count} key point(s): the article is too short (fewer than 4 sentences of 6 words or more) or has too few distinct whole-sentence facts for {MinKeyPoints}";
}

internal sealed record UsageDocument(int PromptTokens, int CompletionTokens, int Calls, decimal? Cost);

internal sealed record TimingsDocument(double Fetch, double Extract, double Summarize, double Total);
