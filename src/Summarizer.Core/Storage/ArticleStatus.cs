namespace Summarizer.Storage;

/// <summary>pending → fetched → summarized | failed | skipped; stored as the lower-case name.</summary>
public static class ArticleStatus
{
    public const string Pending = "pending";
    public const string Fetched = "fetched";
    public const string Summarized = "summarized";
    public const string Failed = "failed";
    public const string Skipped = "skipped";

    public static IReadOnlyList<string> All { get; } = [Pending, Fetched, Summarized, Failed, Skipped];
}
