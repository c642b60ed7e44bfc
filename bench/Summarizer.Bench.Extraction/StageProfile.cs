using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using Summarizer.Extraction;
using Summarizer.Extraction.Html;
using Summarizer.Extraction.Metadata;
using Summarizer.Fetching;

namespace Summarizer.Bench.Extraction;

/// <summary>
/// <c>--stages</c>: where a page's time goes (decode, shrink, parse, metadata, the pruned DOM index, the rest of
/// extraction), summed over the dataset, fastest of three passes per stage after a warm-up. For finding a
/// regression, not a figure to quote: stages are timed apart, so their sum is not the end-to-end time.
/// </summary>
internal static class StageProfile
{
    private const int DefaultPasses = 5;

    public static int Run(IReadOnlyList<BenchPage> pages, IContentExtractor extractor, string? only = null, int passes = DefaultPasses)
    {
        var stages = new (string Name, Action<BenchPage> Run)[]
        {
            ("decode", p => TextDecoding.Decode(p.Html, null)),
            ("decode+shrink", p => HtmlShrinker.Shrink(TextDecoding.Decode(p.Html, null), 3_000_000)),
            ("…+parse", p => Parse(p).Dispose()),
            ("…+metadata", p =>
            {
                using var d = Parse(p);
                MetadataReader.Read(d, p.Url, DateTimeOffset.UtcNow);
            }),
            ("…+dom index", p =>
            {
                using var d = Parse(p);
                if (d.Body is { } body)
                {
                    new DomIndexBuilder(60_000, 180).Build(body);
                }
            }),
            ("extract", p =>
            {
                try
                {
                    extractor.Extract(new FetchedPage(p.Url, p.Html, "text/html", null));
                }
                catch (SummarizerException)
                {
                    // "not an article" costs the same work.
                }
            }),
        };

        Console.WriteLine($"{"stage",-16} {"ms total",10} {"ms/page",9} {"cpu ms/page",12} {"alloc KB/page",14}");
        foreach (var (name, run) in stages.Where(s => only is null || s.Name == only))
        {
            foreach (var page in pages)
            {
                run(page);
            }

            var best = TimeSpan.MaxValue;
            var bestCpu = TimeSpan.MaxValue;
            long allocated = 0;
            for (var pass = 0; pass < passes; pass++)
            {
                var cpu = ThreadCpu();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var stopwatch = Stopwatch.StartNew();
                foreach (var page in pages)
                {
                    run(page);
                }

                best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
                allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
                var used = ThreadCpu() - cpu;
                bestCpu = used < bestCpu ? used : bestCpu;
            }

            // This thread's CPU time is what a busy machine distorts least: load steals wall time, not work, and the
            // JIT's tiering thread (busy for seconds after start-up when the machine is loaded) is not counted.
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0,-16} {1,10:F0} {2,9:F2} {3,12:F2} {4,14:F0}",
                name,
                best.TotalMilliseconds,
                best.TotalMilliseconds / pages.Count,
                bestCpu.TotalMilliseconds / pages.Count,
                allocated / 1024.0 / pages.Count));
        }

        return 0;
    }

    /// <summary>CPU time of the calling thread (Linux: /proc/thread-self/schedstat, nanoseconds); zero elsewhere.</summary>
    private static TimeSpan ThreadCpu()
    {
        const string Path = "/proc/thread-self/schedstat";
        if (!File.Exists(Path))
        {
            return TimeSpan.Zero;
        }

        var nanoseconds = long.Parse(File.ReadAllText(Path).Split(' ')[0], CultureInfo.InvariantCulture);
        return TimeSpan.FromTicks(nanoseconds / 100);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(BenchPage page)
    {
        var html = HtmlShrinker.Shrink(TextDecoding.Decode(page.Html, null), 3_000_000);
        return new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false }).ParseDocument(html);
    }
}
