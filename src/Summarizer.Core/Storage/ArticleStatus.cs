namespace Summarizer.Storage;

/// <summary>pending → fetched → summarized | failed | skipped.</summary>
public enum ArticleStatus
{
    Pending,
    Fetched,
    Summarized,
    Failed,
    Skipped,
}

/// <summary>The one mapping between <see cref="ArticleStatus"/> and its name: stored in the database, typed on the command line, printed.</summary>
public static class ArticleStatusNames
{
    private static readonly Dictionary<string, ArticleStatus> ByName =
        Enum.GetValues<ArticleStatus>().ToDictionary(Name, s => s, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every status by name, in order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<ArticleStatus>().Select(Name)];

    /// <summary>The lower-case name (<c>pending</c>).</summary>
    public static string Name(this ArticleStatus status) => status switch
    {
        ArticleStatus.Pending => "pending",
        ArticleStatus.Fetched => "fetched",
        ArticleStatus.Summarized => "summarized",
        ArticleStatus.Failed => "failed",
        ArticleStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ArticleStatus Parse(string name) =>
        ByName.TryGetValue(name, out var status) ? status : throw new FormatException($"unknown article status '{name}'");
}
