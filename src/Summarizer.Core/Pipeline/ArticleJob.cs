namespace Summarizer.Pipeline;

/// <summary>One article for <see cref="ArticleWorkflow"/>: what to read, and how the caller wants it kept.</summary>
/// <param name="Input">The URL to fetch, or a page already read (file, stdin).</param>
public sealed record ArticleJob(ArticleInput Input)
{
    /// <summary>The queued row (the worker's claim); null: the row for the input's URL is found or added (<c>summarize</c>).</summary>
    public long? ArticleId { get; init; }

    /// <summary>The source a row added for <c>summarize</c> is filed under.</summary>
    public string Source { get; init; } = CliSource;

    /// <summary>The language of a page that does not declare one (the source's <c>Language</c>).</summary>
    public string? DefaultLanguage { get; init; }

    /// <summary>
    /// The worker: an article whose text another stored article already has is skipped, not summarized again.
    /// <c>summarize</c> prints a summary for what the user asked, so a duplicate there reuses the other article's summary.
    /// </summary>
    public bool SkipDuplicates { get; init; }

    /// <summary>
    /// <c>summarize</c>: a store that fails (a read-only folder, a database that is away) becomes a warning on the
    /// result and the summary is still made. The worker: a store failure is thrown, and the pass waits for the store.
    /// </summary>
    public bool StoreIsBestEffort { get; init; }

    public const string CliSource = "cli";
}
