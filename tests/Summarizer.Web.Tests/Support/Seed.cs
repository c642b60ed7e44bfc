using Summarizer.Storage;
using Summarizer.Summarization;
using Summarizer.Worker;

namespace Summarizer.Web.Tests.Support;

/// <summary>Summarized articles written through the real store, the way the worker writes them.</summary>
internal static class Seed
{
    /// <param name="summaries">The summary role to write through (the reading room's own, which the worker uses); the store itself by default.</param>
    public static async Task<long> SummarizedAsync(
        SqlArticleStore store, string source, string url, string title, string text, string summary, IReadOnlyList<string> points,
        DateTimeOffset? published = null, string language = "ar", bool? grounded = true, IReadOnlyList<string>? issues = null,
        TokenUsage? usage = null, ISummaryStore? summaries = null)
    {
        var id = await store.EnsureArticleAsync(source, url, CancellationToken.None);
        var hash = ContentHash.Compute(text);
        await store.RecordFetchedAsync(id, new FetchedArticle(null, title, "مراسل", published, language, text, hash), CancellationToken.None);
        await (summaries ?? store).SaveSummaryAsync(id, hash, new ArticleSummary
        {
            Summary = summary,
            KeyPoints = points,
            Summarizer = usage is null ? "extractive" : "llm",
            Model = usage is null ? null : "test-model",
            PromptVersion = "test-1",
            Grounded = grounded,
            ValidationIssues = issues ?? [],
            Usage = usage,
        }, CancellationToken.None);
        return id;
    }
}
