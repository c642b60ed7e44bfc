using System.Diagnostics;

namespace Summarizer.Bench.Web;

/// <summary>N clients, each sending one GET after another for a fixed time, over one keep-alive pool.</summary>
internal static class Load
{
    public static async Task<LoadResult> RunAsync(Uri site, string route, int clients, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = site, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>[clients];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
        {
            var mine = latencies[i] = [];
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(route, HttpCompletionOption.ResponseContentRead);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all, errors, clock.Elapsed);
    }
}

internal sealed record LoadResult(double[] SortedMs, int Errors, TimeSpan Elapsed)
{
    public double PerSecond => SortedMs.Length / Elapsed.TotalSeconds;

    public double P(double quantile) => SortedMs.Length == 0 ? 0 : SortedMs[Math.Min(SortedMs.Length - 1, (int)(quantile * SortedMs.Length))];
}
