using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Summarizer.Extraction;
using Summarizer.Pipeline;
using Summarizer.Summarization;

namespace Summarizer.Cli.Output;

/// <summary>The JSON shapes the CLI prints; the README documents every field.</summary>
internal static class JsonDocuments
{
    /// <summary>Arabic stays readable (no \u escapes) while HTML-significant characters are still escaped.</summary>
    public static readonly JsonSerializerOptions Compact = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    /// <param name="sources">The stored sources that found the article (<c>export</c>); null leaves the field out.</param>
    public static SummaryDocument ForSummary(SummarizedArticle result, IReadOnlyList<string>? sources = null)
    {
        var (input, article, summary, timings) = result;
        return new SummaryDocument(
            input.Id, input.Source, (article.CanonicalUrl ?? article.Url ?? input.Url)?.AbsoluteUri, article.Title, article.Byline,
            article.PublishedAt, LanguageGuess.Primary(article.Language), article.Direction, summary.Summary, summary.KeyPoints, summary.Summarizer,
            summary.Model, summary.PromptVersion, summary.Grounded, summary.ValidationIssues, KeyPointsNote(summary.KeyPoints.Count),
            summary.Usage is { } usage ? new UsageDocument(usage.PromptTokens, usage.CompletionTokens, usage.Calls, usage.Cost) : null,
            new TimingsDocument(timings.Fetch, timings.Extract, timings.Summarize, timings.Total), sources);
    }

    /// <summary>Why a box has fewer key points than the 3 promised; null when it has 3 or more.</summary>
    internal static string? KeyPointsNote(int count) => count >= MinKeyPoints
        ? null
        : $"{count} key point(s): the article is too short (fewer than 4 sentences of 6 words or more) or has too few distinct whole-sentence facts for {MinKeyPoints}";

    private const int MinKeyPoints = 3;

    public static ExtractionDocument ForExtraction(ExtractionResult result)
    {
        var (input, article, _) = result;
        return new ExtractionDocument(
            input.Id, input.Source, (article.Url ?? input.Url)?.AbsoluteUri, article.CanonicalUrl?.AbsoluteUri, article.Title,
            article.Byline, article.PublishedAt, article.ModifiedAt, LanguageGuess.Primary(article.Language), article.Direction, article.SiteName,
            article.Description, article.ImageUrl?.AbsoluteUri, article.Text);
    }

    /// <summary>A page that is not an article still says what it is: its title and dates come with the error.</summary>
    public static ErrorDocument ForError(string id, string source, SummarizerException error)
    {
        var page = error.Page;
        return new(id, source, error.Message, JsonNamingPolicy.CamelCase.ConvertName(error.Kind.ToString()),
            page?.Title is { Length: > 0 } title ? title : null, page?.PublishedAt, page?.ModifiedAt);
    }
}

internal sealed record SummaryDocument(
    string Id, string Source, string? Url, string Title, string? Byline, DateTimeOffset? PublishedAt, string Language,
    string Direction, string Summary, IReadOnlyList<string> KeyPoints, string Summarizer, string? Model, string PromptVersion,
    bool? Grounded, IReadOnlyList<string> ValidationIssues, string? KeyPointsNote, UsageDocument? Usage, TimingsDocument TimingsMs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Sources = null);

internal sealed record UsageDocument(int PromptTokens, int CompletionTokens, int Calls, decimal? Cost);

internal sealed record TimingsDocument(double Fetch, double Extract, double Summarize, double Total);

internal sealed record ExtractionDocument(
    string Id, string Source, string? Url, string? CanonicalUrl, string Title, string? Byline, DateTimeOffset? PublishedAt,
    DateTimeOffset? ModifiedAt, string Language, string Direction, string? SiteName, string? Description, string? ImageUrl,
    string Text);

internal sealed record ErrorDocument(
    string Id, string Source, string Error, string ErrorKind, string? Title = null, DateTimeOffset? PublishedAt = null, DateTimeOffset? ModifiedAt = null);
