using System.Globalization;
using Summarizer.Text;

namespace Summarizer.Bench.Llm;

/// <summary>The quality table, one Markdown row per model: the same columns as <c>docs/llm.md</c>.</summary>
internal static class QualityTable
{
    /// <summary>Share of Arabic letters the validator asks of an Arabic summary.</summary>
    private const double ArabicShare = 0.8;

    public const string Header =
        "| model | articles | grounded | Arabic | repairs / article | tokens / article | cost / article | latency p50 | latency p95 | failed |\n" +
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";

    public static string Row(string model, IReadOnlyList<QualityRow> rows)
    {
        var inv = CultureInfo.InvariantCulture;
        var n = Math.Max(1, rows.Count);
        // Grounded: the model's own answer passed every check (after at most one repair) and is the summary.
        var grounded = rows.Count(r => r.Line.Summarizer == "llm" && r.Line.Grounded == true);
        var answered = rows.Where(r => r.ModelAnswer is not null).ToList();
        var arabic = answered.Count(r => ArabicScript.LetterShare(r.ModelAnswer!) >= ArabicShare);
        var usages = rows.Select(r => r.Line.Usage).OfType<Summarization.TokenUsage>().ToList();
        var tokens = usages.Count == 0 ? 0 : usages.Average(u => u.PromptTokens + u.CompletionTokens);
        var costs = usages.Where(u => u.Cost is not null).Select(u => u.Cost!.Value).ToList();
        var latencies = rows.Select(r => r.Line.LatencyMs).Order().ToList();
        return string.Create(inv,
            $"| {model} | {rows.Count} | {Percent(grounded, n)} | {Percent(arabic, Math.Max(1, answered.Count))} | " +
            $"{rows.Sum(r => r.Line.Repairs) / (double)n:0.00} | {tokens:0} | {(costs.Count == 0 ? "—" : costs.Average().ToString("0.######", inv))} | " +
            $"{Seconds(Percentile(latencies, 0.50))} | {Seconds(Percentile(latencies, 0.95))} | {rows.Count(r => r.Line.Error is not null)} |");
    }

    private static string Percent(int count, int total) => string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / total:0}%");

    private static string Seconds(double ms) => string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.00} s");

    /// <summary>Nearest rank: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
