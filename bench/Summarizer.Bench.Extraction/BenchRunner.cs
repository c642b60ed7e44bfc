using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Summarizer.Bench.Extraction;

/// <summary>
/// Times the extractors over all pages after warm-up passes and writes their predictions as JSONL. The timed
/// pass runs <see cref="Passes"/> times and the fastest counts: the machine is shared, so the minimum is the
/// least noisy estimate, and both extractors get the same treatment.
/// </summary>
internal static class BenchRunner
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const int Passes = 5;

    // One warm-up pass was not enough: .NET compiles hot methods again (tier 1, with profile data) on a background
    // thread some time after their first calls, and on a loaded machine that thread lags by seconds, so the first
    // timed passes still ran unoptimized code (ours measured 277 pages/s there and ~480 once tiering had settled).
    private const int WarmUpPasses = 3;

    /// <summary>
    /// Warms every extractor up, then alternates their timed passes (A, B, A, B...): on a shared machine load comes
    /// in bursts, and alternating spreads them over both extractors instead of penalizing whichever ran during one.
    /// </summary>
    public static List<BenchResult> Run(IReadOnlyList<BenchPage> pages, IReadOnlyList<(string Name, Func<BenchPage, string> Extract, string OutputPath)> extractors)
    {
        for (var warmUp = 0; warmUp < WarmUpPasses; warmUp++)
        {
            foreach (var (_, extract, _) in extractors)
            {
                foreach (var page in pages)
                {
                    extract(page); // warm-up: JIT, tiering, caches
                }
            }
        }

        var best = new BenchResult?[extractors.Count];
        var texts = extractors.Select(_ => new string[pages.Count]).ToArray();
        for (var pass = 0; pass < Passes; pass++)
        {
            for (var e = 0; e < extractors.Count; e++)
            {
                var result = TimedPass(extractors[e].Name, pages, extractors[e].Extract, texts[e]);
                best[e] = best[e] is null || result.Elapsed < best[e]!.Elapsed ? result : best[e];
            }
        }

        for (var e = 0; e < extractors.Count; e++)
        {
            Write(pages, texts[e], extractors[e].OutputPath);
        }

        return [.. best.Select(b => b!)];
    }

    /// <summary>One pass of one extractor, no warm-up: predictions for scoring while iterating; its timing is not a figure to quote.</summary>
    public static List<BenchResult> RunOnce(IReadOnlyList<BenchPage> pages, (string Name, Func<BenchPage, string> Extract, string OutputPath) extractor)
    {
        var texts = new string[pages.Count];
        var result = TimedPass(extractor.Name, pages, extractor.Extract, texts);
        Write(pages, texts, extractor.OutputPath);
        return [result];
    }

    private static void Write(IReadOnlyList<BenchPage> pages, string[] texts, string path)
    {
        using var writer = new StreamWriter(path);
        for (var i = 0; i < pages.Count; i++)
        {
            writer.WriteLine(JsonSerializer.Serialize(new { id = pages[i].Id, text = texts[i] }, Json));
        }
    }

    private static BenchResult TimedPass(string name, IReadOnlyList<BenchPage> pages, Func<BenchPage, string> extract, string[] texts)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < pages.Count; i++)
        {
            var started = stopwatch.Elapsed;
            texts[i] = extract(pages[i]);
            var took = stopwatch.Elapsed - started;
            slowest = took > slowest ? took : slowest;
        }

        stopwatch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        var bytes = pages.Sum(p => (long)p.Html.Length);
        return new BenchResult(name, pages.Count, texts.Count(t => t.Length == 0), stopwatch.Elapsed, bytes, allocated, slowest);
    }
}

internal sealed record BenchResult(string Name, int Pages, int Empty, TimeSpan Elapsed, long HtmlBytes, long AllocatedBytes, TimeSpan Slowest)
{
    public static string Header => string.Format(CultureInfo.InvariantCulture, "{0,-12} {1,6} {2,6} {3,10} {4,8} {5,14} {6,10}", "extractor", "pages", "empty", "pages/s", "MB/s", "alloc/page KB", "max ms");

    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0,-12} {1,6} {2,6} {3,10:F1} {4,8:F2} {5,14:F0} {6,10:F1}",
        Name,
        Pages,
        Empty,
        Pages / Elapsed.TotalSeconds,
        HtmlBytes / 1e6 / Elapsed.TotalSeconds,
        AllocatedBytes / 1024.0 / Pages,
        Slowest.TotalMilliseconds);
}
