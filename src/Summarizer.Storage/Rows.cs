namespace Summarizer.Storage;

#pragma warning disable CA1812 // Instantiated by Dapper.
/// <summary>Column-shaped rows Dapper fills; times are Unix milliseconds in both providers.</summary>
internal sealed class ArticleRow
{
    public long Id { get; set; }
    public string Url { get; set; } = "";
    public string? CanonicalUrl { get; set; }
    public string Source { get; set; } = "";
    public string? Title { get; set; }
    public string? Byline { get; set; }
    public long? PublishedAt { get; set; }
    public string? Language { get; set; }
    public string? Text { get; set; }
    public string? TextHash { get; set; }
    public string Status { get; set; } = "";
    public long Attempts { get; set; }
    public long? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public long? SummaryId { get; set; }
    public long DiscoveredAt { get; set; }
    public long UpdatedAt { get; set; }
}

internal sealed class SummaryRow
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public string TextHash { get; set; } = "";
    public string Summarizer { get; set; } = "";
    public string Model { get; set; } = "";
    public string PromptVersion { get; set; } = "";
    public string Summary { get; set; } = "";
    public string KeyPoints { get; set; } = "[]";
    public bool? Grounded { get; set; }
    public string? ValidationIssues { get; set; }
    public long? PromptTokens { get; set; }
    public long? CompletionTokens { get; set; }
    public long? LlmCalls { get; set; }
    public decimal? Cost { get; set; }
    public long CreatedAt { get; set; }
    public string? RejectedAnswer { get; set; }
}

internal sealed class SourceRow
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Etag { get; set; }
    public string? LastModified { get; set; }
    public long? LastPolledAt { get; set; }
    public long? LastStatus { get; set; }
    public string? LastError { get; set; }
    public long NewArticles { get; set; }
    public long ConsecutiveFailures { get; set; }
    public long Articles { get; set; }
    public long Summarized { get; set; }
    public long Failed { get; set; }
    public long Pending { get; set; }
}
internal sealed class LlmUsageRow
{
    public long Tokens { get; set; }
    public string Cost { get; set; } = "0";
    public long Calls { get; set; }
    public long ReservedTokens { get; set; }
}
#pragma warning restore CA1812
