using Summarizer.Summarization;

namespace Summarizer.Storage;

/// <summary>One stored summary, keyed by <see cref="SummaryKey"/>; the article it was first made for.</summary>
public sealed record SummaryRecord(long Id, long ArticleId, SummaryKey Key, ArticleSummary Summary, DateTimeOffset CreatedAt);

/// <summary>What makes two summaries the same: same text, same summarizer, model and prompt version.
/// <paramref name="Model"/> and <paramref name="PromptVersion"/> null match any (the newest wins).</summary>
public sealed record SummaryKey(string TextHash, string Summarizer, string? Model, string? PromptVersion);
