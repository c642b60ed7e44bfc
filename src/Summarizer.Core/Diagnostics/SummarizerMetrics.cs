using System.Diagnostics.Metrics;
using Summarizer.Summarization;

namespace Summarizer.Diagnostics;

/// <summary>
/// The worker's counters and histograms (meter <see cref="MeterName"/>), recorded where the work happens and exported by the
/// reading room at <c>/metrics</c>. A static meter, like the runtime's own: recording costs nothing when nobody listens, and
/// the worker classes need no new constructor parameter. docs/operations.md documents each instrument.
/// </summary>
public static class SummarizerMetrics
{
    public const string MeterName = "Summarizer";

    private static readonly Meter Meter = new(MeterName, "1.0");

    private static readonly Counter<long> Discovered = Meter.CreateCounter<long>(
        "summarizer.articles.discovered", "{article}", "Article URLs a source poll queued");

    private static readonly Counter<long> Fetched = Meter.CreateCounter<long>(
        "summarizer.articles.fetched", "{article}", "Articles fetched and extracted");

    private static readonly Counter<long> Summarized = Meter.CreateCounter<long>(
        "summarizer.articles.summarized", "{article}", "Articles that got a summary (made now or reused)");

    private static readonly Counter<long> Failed = Meter.CreateCounter<long>(
        "summarizer.articles.failed", "{article}", "Article attempts that failed (retried later or given up)");

    private static readonly Counter<long> Skipped = Meter.CreateCounter<long>(
        "summarizer.articles.skipped", "{article}", "Articles skipped as duplicates of another");

    private static readonly Counter<long> LlmCalls = Meter.CreateCounter<long>(
        "summarizer.llm.calls", "{call}", "Chat completion calls made to the LLM");

    private static readonly Counter<long> LlmTokens = Meter.CreateCounter<long>(
        "summarizer.llm.tokens", "{token}", "LLM tokens, by type (prompt or completion)");

    private static readonly Counter<double> LlmCost = Meter.CreateCounter<double>(
        "summarizer.llm.cost", "{currency}", "LLM cost in the configured price's currency");

    private static readonly Histogram<double> FetchDuration = Meter.CreateHistogram<double>(
        "summarizer.fetch.duration", "s", "Time to fetch one article page");

    private static readonly Histogram<double> ExtractDuration = Meter.CreateHistogram<double>(
        "summarizer.extract.duration", "s", "Time to extract one article");

    private static readonly Histogram<double> SummarizeDuration = Meter.CreateHistogram<double>(
        "summarizer.summarize.duration", "s", "Time to summarize one article");

    public static void ArticlesDiscovered(string source, int count)
    {
        if (count > 0)
        {
            Discovered.Add(count, Source(source));
        }
    }

    public static void ArticleFetched(string source) => Fetched.Add(1, Source(source));

    public static void ArticleSummarized(string source) => Summarized.Add(1, Source(source));

    public static void ArticleFailed(string source) => Failed.Add(1, Source(source));

    public static void ArticleSkipped(string source) => Skipped.Add(1, Source(source));

    public static void FetchTook(string source, TimeSpan elapsed) => FetchDuration.Record(elapsed.TotalSeconds, Source(source));

    public static void ExtractTook(string source, TimeSpan elapsed) => ExtractDuration.Record(elapsed.TotalSeconds, Source(source));

    /// <summary>The summarizing time, and what the LLM calls behind it used.</summary>
    public static void SummarizeTook(string source, TimeSpan elapsed, ArticleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var summarizer = new KeyValuePair<string, object?>("summarizer", summary.Summarizer);
        SummarizeDuration.Record(elapsed.TotalSeconds, Source(source), summarizer);
        if (summary.Usage is not { Calls: > 0 } usage)
        {
            return;
        }

        var model = new KeyValuePair<string, object?>("model", summary.Model ?? "");
        LlmCalls.Add(usage.Calls, model);
        LlmTokens.Add(usage.PromptTokens, model, new("type", "prompt"));
        LlmTokens.Add(usage.CompletionTokens, model, new("type", "completion"));
        if (usage.Cost is { } cost)
        {
            LlmCost.Add((double)cost, model);
        }
    }

    private static KeyValuePair<string, object?> Source(string source) => new("source", source);
}
