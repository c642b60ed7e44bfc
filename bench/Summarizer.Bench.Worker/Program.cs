using System.Diagnostics;
using System.Globalization;
using Summarizer.Cli;
using Summarizer.Storage;
using Summarizer.Testing;

// One worker pass (run --once, SQLite) over a loopback site of N articles listed in a URL list: the extractive
// summarizer, or the LLM path when an OpenAI-compatible endpoint is given (the LLM bench's serve mode, run as its own
// process so the stand-in model's memory is not counted as the worker's).
// Usage: dotnet run -c Release --project bench/Summarizer.Bench.Worker -- N [minDelayPerHostMs] [llmEndpoint]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var delayMs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
var llmEndpoint = args.Length > 2 ? new Uri(args[2]) : null;

await using var site = await NewsSite.StartAsync();
var urlList = site.SetNumberedArticles(count);
var folder = Directory.CreateTempSubdirectory("summarizer-bench-").FullName;
var database = Path.Combine(folder, "bench.db");
Environment.SetEnvironmentVariable("Summarizer__Storage__ConnectionString", $"Data Source={database}");
Environment.SetEnvironmentVariable("Summarizer__Sources__0__Name", "bench");
Environment.SetEnvironmentVariable("Summarizer__Sources__0__Url", urlList.AbsoluteUri);
Environment.SetEnvironmentVariable("Summarizer__Sources__0__MaxArticlesPerRun", count.ToString(CultureInfo.InvariantCulture));
Environment.SetEnvironmentVariable("Summarizer__Fetching__AllowPrivateNetworks", "true");
Environment.SetEnvironmentVariable("Summarizer__Politeness__MinDelayPerHost", TimeSpan.FromMilliseconds(delayMs).ToString("c", CultureInfo.InvariantCulture));
Environment.SetEnvironmentVariable("Summarizer__Worker__Summarizer", llmEndpoint is null ? "Extractive" : "Llm");
if (llmEndpoint is not null)
{
    Environment.SetEnvironmentVariable("Summarizer__Llm__Provider", "OpenAI");
    Environment.SetEnvironmentVariable("Summarizer__Llm__Endpoint", llmEndpoint.AbsoluteUri);
    Environment.SetEnvironmentVariable("Summarizer__Llm__Model", "bench");
}

Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");

var watch = Stopwatch.StartNew();
var exit = await CliApp.RunAsync(["run", "--once"], CliConsole.ForProcess(Console.Out, TextWriter.Null, () => Stream.Null));
watch.Stop();

using var store = new SqliteArticleStore($"Data Source={database}", TimeProvider.System);
var summarized = (await store.QueryAsync(new ArticleQuery(Status: ArticleStatus.Summarized, Limit: int.MaxValue), CancellationToken.None)).Count;
using var self = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"worker pass: N={count} delay/host={delayMs}ms summarizer={(llmEndpoint is null ? "extractive" : "llm")} exit={exit} summarized={summarized} time={watch.Elapsed.TotalSeconds:0.0}s " +
    $"rate={summarized / watch.Elapsed.TotalMinutes:0} articles/min peak working set={self.PeakWorkingSet64 / 1024.0 / 1024:0} MB " +
    $"(managed heap now {GC.GetTotalMemory(false) / 1024.0 / 1024:0} MB)"));
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(folder, true);
