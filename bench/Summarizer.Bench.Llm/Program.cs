using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.ML.Tokenizers;
using Summarizer.Bench.Llm;
using Summarizer.Hosting;
using Summarizer.Summarization;
using Summarizer.Testing.OpenAi;

// Throughput and prompt overhead of the LLM path against a loopback OpenAI-compatible server.
//   run:   dotnet run -c Release --project bench/Summarizer.Bench.Llm -- [--articles 200] [--delay-ms 400] [--concurrency 8] [--data PATH]
//   serve: dotnet run -c Release --project bench/Summarizer.Bench.Llm -- serve [--port 5111] [--delay-ms 0] [--dump last-request.json]
//   quality: dotnet run -c Release --project bench/Summarizer.Bench.Llm -- quality --data FILE.jsonl [--limit 20] [--out out/llm-quality.jsonl] [--stand-in]
if (args.FirstOrDefault() == "quality")
{
    var quality = Args.Parse(args);
    return await QualityRun.RunAsync(quality.Values, quality.Flags.Contains("--stand-in"));
}

var options = Args.Parse(args);
var delay = TimeSpan.FromMilliseconds(options.Int("--delay-ms", options.Serve ? 0 : 400));
var dump = options.Text("--dump");
await using var server = await FakeOpenAiEndpoint.StartAsync(request =>
{
    if (dump is not null)
    {
        File.WriteAllText(dump, request.Body); // the last request body, as received
    }

    return EchoModel.Answer(request, delay);
}, options.Int("--port", 0));

if (options.Serve)
{
    Console.WriteLine($"Fake OpenAI-compatible endpoint: {server.Endpoint} (answers from the article after {delay.TotalMilliseconds} ms). Ctrl+C or SIGTERM stops it.");
    var stop = new TaskCompletionSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
    using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(
        System.Runtime.InteropServices.PosixSignal.SIGTERM, s => { s.Cancel = true; stop.TrySetResult(); });
    await stop.Task;
    return 0;
}

var count = options.Int("--articles", 200);
var concurrency = options.Int("--concurrency", 8);
var data = options.Text("--data") ?? BenchArticles.FindDataset()
    ?? throw new InvalidOperationException("ant-bbc-dev.jsonl not found: pass --data PATH");
var articles = BenchArticles.Load(data, count);

// Configured the way outside checks do it: environment variables.
Environment.SetEnvironmentVariable("Summarizer__Llm__Provider", "OpenAI");
Environment.SetEnvironmentVariable("Summarizer__Llm__Endpoint", server.Endpoint.AbsoluteUri);
Environment.SetEnvironmentVariable("Summarizer__Llm__Model", "bench");
Environment.SetEnvironmentVariable("Summarizer__Llm__MaxConcurrency", concurrency.ToString(CultureInfo.InvariantCulture));
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
builder.AddSummarizer();
using var host = builder.Build();
await host.StartAsync();
var llm = host.Services.GetRequiredService<ISummarizerSelector>().Select(SummarizerChoice.Llm);

// One warm-up article (JIT, tokenizer tables, first connection), not timed.
await llm.SummarizeAsync(articles[0], CancellationToken.None);

var clock = Stopwatch.StartNew();
var results = await Task.WhenAll(articles.Select(a => llm.SummarizeAsync(a, CancellationToken.None)));
var wall = clock.Elapsed;
await host.StopAsync();

var ideal = TimeSpan.FromTicks(delay.Ticks * count / concurrency);
var o200k = TiktokenTokenizer.CreateForEncoding("o200k_base");
var rows = articles.Zip(results, (a, r) =>
{
    var articleTokens = o200k.CountTokens(a.Title + "\n\n" + string.Join('\n', a.Paragraphs));
    return (ArticleTokens: articleTokens, PromptTokens: r.Usage!.PromptTokens, Overhead: r.Usage.PromptTokens - articleTokens, r.Usage.Calls, r.Grounded);
}).ToList();

var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"articles {count}, delay {delay.TotalMilliseconds:0} ms, MaxConcurrency {concurrency}, calls {rows.Sum(r => r.Calls)}, grounded {rows.Count(r => r.Grounded == true)}/{count}"));
Console.WriteLine(string.Create(inv, $"wall time   {wall.TotalSeconds:0.000} s"));
Console.WriteLine(string.Create(inv, $"ideal       {ideal.TotalSeconds:0.000} s  (articles x delay / concurrency)"));
Console.WriteLine(string.Create(inv, $"efficiency  {ideal / wall:0.000}  (ideal / wall; target >= 0.85) {(ideal / wall >= 0.85 ? "PASS" : "FAIL")}"));
Console.WriteLine(string.Create(inv, $"article tokens per article  mean {rows.Average(r => r.ArticleTokens):0}  min {rows.Min(r => r.ArticleTokens)}  max {rows.Max(r => r.ArticleTokens)}"));
Console.WriteLine(string.Create(inv, $"prompt tokens per article   mean {rows.Average(r => r.PromptTokens):0}  min {rows.Min(r => r.PromptTokens)}  max {rows.Max(r => r.PromptTokens)}"));
// Overhead is measured on articles summarized in one call; a repair call sends the article a second time.
var single = rows.Where(r => r.Calls == 1).ToList();
var overheadMax = single.Max(r => r.Overhead);
Console.WriteLine(string.Create(inv, $"prompt overhead per call (prompt - article), {single.Count} one-call articles: mean {single.Average(r => r.Overhead):0}  min {single.Min(r => r.Overhead)}  max {overheadMax}  (target < 400) {(overheadMax < 400 ? "PASS" : "FAIL")}"));
Console.WriteLine(string.Create(inv, $"articles with a repair call: {rows.Count(r => r.Calls > 1)}"));
Console.WriteLine("sample (article tokens -> prompt tokens): " + string.Join(", ", rows.DistinctBy(r => r.ArticleTokens).Take(8).Select(r => $"{r.ArticleTokens}->{r.PromptTokens}")));
return ideal / wall >= 0.85 && overheadMax < 400 ? 0 : 1;

internal sealed record Args(bool Serve, Dictionary<string, string> Values, HashSet<string> Flags)
{
    /// <summary>After an optional mode word: <c>--name value</c> pairs, and <c>--flag</c>s followed by another option or nothing.</summary>
    public static Args Parse(string[] args)
    {
        var serve = args.FirstOrDefault() == "serve";
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = args.FirstOrDefault() is "serve" or "quality" ? 1 : 0; i < args.Length; i++)
        {
            if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                values[args[i]] = args[++i];
            }
            else
            {
                flags.Add(args[i]);
            }
        }

        return new Args(serve, values, flags);
    }

    public int Int(string name, int fallback) => Values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public string? Text(string name) => Values.GetValueOrDefault(name);
}
