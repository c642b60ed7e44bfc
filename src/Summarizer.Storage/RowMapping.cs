using System.Text.Json;
using Summarizer.Summarization;

namespace Summarizer.Storage;

/// <summary>
/// Columns to rows and rows to records, in one place. Columns are selected under their property names
/// (<c>canonical_url AS CanonicalUrl</c>), so Dapper needs no global setting to match them.
/// </summary>
internal static class RowMapping
{
    private static readonly string[] ArticleColumns =
    [
        "id", "url", "canonical_url", "source", "title", "byline", "published_at", "language", "text", "text_hash", "status", "attempts",
        "next_attempt_at", "last_error", "summary_id", "discovered_at", "updated_at",
    ];

    private static readonly string[] SummaryColumns =
    [
        "id", "article_id", "text_hash", "summarizer", "model", "prompt_version", "summary", "key_points", "grounded", "validation_issues",
        "prompt_tokens", "completion_tokens", "llm_calls", "cost", "created_at", "rejected_answer",
    ];

    private static readonly string[] SourceColumns =
    [
        "name", "url", "etag", "last_modified", "last_polled_at", "last_status", "last_error", "new_articles", "consecutive_failures",
    ];

    /// <summary>The select list for <see cref="ArticleRow"/>, from the table or its <paramref name="alias"/>.</summary>
    public static string ArticleSelect(string? alias = null) => Select(ArticleColumns, alias);

    public static string SummarySelect(string? alias = null) => Select(SummaryColumns, alias);

    public static string SourceSelect(string? alias = null) => Select(SourceColumns, alias);

    /// <summary>A status as a SQL literal: the stored name, from the one mapping.</summary>
    public static string Sql(ArticleStatus status) => $"'{status.Name()}'";

    private static string Select(string[] columns, string? alias) =>
        string.Join(", ", columns.Select(c => $"{(alias is null ? "" : alias + ".")}{c} AS {Property(c)}"));

    private static string Property(string column) =>
        string.Concat(column.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    public static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static long? Ms(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    public static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static DateTimeOffset? Time(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;

    public static ArticleRecord ToRecord(this ArticleRow row) => new()
    {
        Id = row.Id,
        Url = row.Url,
        CanonicalUrl = row.CanonicalUrl,
        Source = row.Source,
        Title = row.Title,
        Byline = row.Byline,
        PublishedAt = Time(row.PublishedAt),
        Language = row.Language,
        Text = row.Text,
        TextHash = row.TextHash,
        Status = ArticleStatusNames.Parse(row.Status),
        Attempts = (int)row.Attempts,
        NextAttemptAt = Time(row.NextAttemptAt),
        LastError = row.LastError,
        SummaryId = row.SummaryId,
        DiscoveredAt = Time(row.DiscoveredAt),
        UpdatedAt = Time(row.UpdatedAt),
    };

    public static SummaryRecord ToRecord(this SummaryRow row) => new(
        row.Id,
        row.ArticleId,
        new SummaryKey(row.TextHash, row.Summarizer, row.Model.Length == 0 ? null : row.Model, row.PromptVersion),
        new ArticleSummary
        {
            Summary = row.Summary,
            KeyPoints = JsonSerializer.Deserialize<List<string>>(row.KeyPoints) ?? [],
            Summarizer = row.Summarizer,
            Model = row.Model.Length == 0 ? null : row.Model,
            PromptVersion = row.PromptVersion,
            Grounded = row.Grounded,
            ValidationIssues = row.ValidationIssues is { } issues ? JsonSerializer.Deserialize<List<string>>(issues) ?? [] : [],
            Usage = row.LlmCalls is { } calls
                ? new TokenUsage((int)(row.PromptTokens ?? 0), (int)(row.CompletionTokens ?? 0), (int)calls, row.Cost)
                : null,
            RejectedAnswer = row.RejectedAnswer,
        },
        Time(row.CreatedAt));

    public static SourceState ToState(this SourceRow row) => new()
    {
        Name = row.Name,
        Url = row.Url,
        ETag = row.Etag,
        LastModified = row.LastModified,
        LastPolledAt = Time(row.LastPolledAt),
        LastStatus = (int?)row.LastStatus,
        LastError = row.LastError,
        NewArticles = (int)row.NewArticles,
        ConsecutiveFailures = (int)row.ConsecutiveFailures,
    };
}
