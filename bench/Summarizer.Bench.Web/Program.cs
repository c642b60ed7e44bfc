using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Bench.Web;
using Summarizer.Storage;
using Summarizer.Testing;
using Summarizer.Web.Hosting;

// The reading room under load: a store of N summarized articles over 10 sources, C concurrent clients for S seconds on
// "/", "/search?q=<common word>" and "/api/articles"; requests/s and p50/p95/p99 per route, and the process's peak memory.
// usage: dotnet run -c Release --project bench/Summarizer.Bench.Web -- [sqlite|postgres] [articles=10000] [clients=50] [seconds=30] [--no-cache] [--inspect] [--only=search|/|api] [--warmup=3]
// --no-cache turns the list pages' output cache off, so "/" measures rendering the page for every request.
// --inspect seeds the store, prints its connection string and waits for a line on stdin (to run EXPLAIN against it), no load.
var noCache = args.Contains("--no-cache");
var inspect = args.Contains("--inspect");
// --only=search (or =/ or =api) runs one route, e.g. to take a trace of it alone.
var only = args.FirstOrDefault(a => a.StartsWith("--only=", StringComparison.Ordinal))?["--only=".Length..];
// --warmup=S: seconds of load before each measured run (3 by default); on a busy machine the JIT needs longer to reach its final code.
var warmup = int.Parse(args.FirstOrDefault(a => a.StartsWith("--warmup=", StringComparison.Ordinal))?["--warmup=".Length..] ?? "3", CultureInfo.InvariantCulture);
args = args.Where(a => a is not "--no-cache" and not "--inspect" && !a.StartsWith("--only=", StringComparison.Ordinal) && !a.StartsWith("--warmup=", StringComparison.Ordinal)).ToArray();
var store = args.Length > 0 ? args[0] : "sqlite";
var articles = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
var seconds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 30;

var folder = Directory.CreateTempSubdirectory("summarizer-bench-web-");
PostgresServer? postgres = null;
try
{
    Dictionary<string, string?> settings = new()
    {
        ["Summarizer:ReadingRoom:SearchPermitLimit"] = "1000000", // the rate limit would measure itself, not the search
        ["Logging:LogLevel:Default"] = "Warning",
    };
    if (noCache)
    {
        settings["Summarizer:ReadingRoom:ListCacheDuration"] = "00:00:00";
    }

    if (store == "postgres")
    {
        postgres = await PostgresServer.StartAsync();
        settings["Summarizer:Storage:Provider"] = "Postgres";
        settings["Summarizer:Storage:ConnectionString"] = await postgres.CreateDatabaseAsync();
    }
    else
    {
        settings["Summarizer:Storage:ConnectionString"] = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
    }

    await using var app = ReadingRoomHost.Build("http://127.0.0.1:0", withWorker: false, web => web.Configuration.AddInMemoryCollection(settings));
    var seeding = Stopwatch.StartNew();
    await BenchStore.SeedAsync(app.Services.GetRequiredService<SqlArticleStore>(), store, settings["Summarizer:Storage:ConnectionString"]!, articles);
    Console.WriteLine($"store: {store}, {articles} summarized articles over {BenchStore.Sources} sources, seeded in {seeding.Elapsed.TotalSeconds:F1} s");
    if (inspect)
    {
        Console.WriteLine($"connection string: {settings["Summarizer:Storage:ConnectionString"]}");
        Console.WriteLine("waiting for a line on stdin...");
        await Console.In.ReadLineAsync();
        return;
    }

    await app.StartAsync();
    var site = new Uri(app.Urls.First());
    GC.Collect();

    Console.WriteLine(noCache ? "list cache: off (every request renders its page)" : "list cache: on (Summarizer:ReadingRoom:ListCacheDuration default)");
    Console.WriteLine($"load: {clients} concurrent clients, {seconds} s per route (after a {warmup} s warm-up), server and clients in this process");
    Console.WriteLine();
    Console.WriteLine("| store | route | requests/s | p50 ms | p95 ms | p99 ms | errors | cpu ms/request | alloc KB/request |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var route in new[] { "/", "/search?q=" + Uri.EscapeDataString(BenchStore.CommonWord), "/api/articles" })
    {
        if (only is not null && !(only == "/" ? route == "/" : route.Contains(only, StringComparison.Ordinal)))
        {
            continue;
        }

        await Load.RunAsync(site, route, clients, TimeSpan.FromSeconds(warmup));
        // CPU time of this process per request (server and load clients, all cores): unlike latency, it barely moves when
        // other jobs load the machine, so two builds can be compared on a busy one. PostgreSQL's own CPU is not in it.
        // Bytes allocated per request (server and load clients) does not depend on the load at all.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var result = await Load.RunAsync(site, route, clients, TimeSpan.FromSeconds(seconds));
        var cpuPerRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, result.SortedMs.Length);
        var kbPerRequest = (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / Math.Max(1, result.SortedMs.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {store}{(noCache ? " (no cache)" : "")} | {Uri.UnescapeDataString(route)} | {result.PerSecond:F0} | {result.P(0.50):F1} | {result.P(0.95):F1} | {result.P(0.99):F1} | {result.Errors} | {cpuPerRequest:F2} | {kbPerRequest:F0} |"));
    }

    using var self = Process.GetCurrentProcess();
    self.Refresh();
    Console.WriteLine();
    Console.WriteLine($"peak working set: {self.PeakWorkingSet64 / (1024 * 1024)} MB (server and load clients together); managed heap now: {GC.GetTotalMemory(false) / (1024 * 1024)} MB");
}
finally
{
    if (postgres is not null)
    {
        await postgres.DisposeAsync();
    }

    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}
