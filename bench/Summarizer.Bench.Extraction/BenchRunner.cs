using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Summarizer.Bench.Extraction;

/// <summary>
/// Times one extractor over all pages after a warm-up pass and writes its predictions as JSONL. The timed
/// pass runs <see cref="Passes"/> times and the fastest counts: the machine is shared, so the minimum is the
/// least noisy estimate, and both extractors get the same treatment.
/// </summary>
internal static class BenchRunner
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const int Passes = 3;

    public static BenchResult Run(string name, IReadOnlyList<BenchPage> pages, Func<BenchPage, string> extract, string outputPath)
    {
        foreach (var page in pages)
        {
            extract(page); // warm-up: JIT, tiering, caches
        }

        BenchResult? best = null;
        var texts = new string[pages.Count];
        for (var pass = 0; pass < Passes; pass++)
        {
            var result = TimedPass(name, pages, extract, texts);
            best = best is null || result.Elapsed < best.Elapsed ? result : best;
        }

        using (var writer = new StreamWriter(outputPath))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                writer.WriteLine(JsonSerializer.Serialize(new { id = pages[i].Id, text = texts[i] }, Json));
            }
        }

        return best!;
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
