using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Summarizer;
using Summarizer.Bench.Summarization;
using Summarizer.Extraction;
using Summarizer.Summarization.Extractive;

// Usage: <dataset.jsonl> <predictions.jsonl> [Option=Value ...]   (options of ExtractiveSummarizerOptions)
// Writes one prediction per article (id, summary, keyPoints), then times the summarizer on one thread.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Summarizer.Bench.Summarization <dataset.jsonl> <predictions.jsonl>");
    return 2;
}

var json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var articles = File.ReadLines(args[0], Encoding.UTF8)
    .Where(line => !string.IsNullOrWhiteSpace(line))
    .Select(line => JsonSerializer.Deserialize<DatasetArticle>(line, json)!)
    .Select(d => (d.Id, Article: ToArticle(d.Title, d.Text)))
    .ToList();
var options = new ConfigurationBuilder()
    .AddInMemoryCollection(args.Skip(2).Select(a => a.Split('=', 2)).Select(kv => new KeyValuePair<string, string?>(kv[0], kv.ElementAtOrDefault(1))))
    .Build()
    .Get<ExtractiveSummarizerOptions>() ?? new ExtractiveSummarizerOptions();
var summarizer = ExtractiveSummarizerFactory.Create(options);

// 1. Predictions.
var notEnoughText = 0;
await using (var output = new StreamWriter(args[1], append: false, new UTF8Encoding(false)))
{
    foreach (var (id, article) in articles)
    {
        Prediction prediction;
        try
        {
            var summary = await summarizer.SummarizeAsync(article, CancellationToken.None);
            prediction = new Prediction(id, summary.Summary, summary.KeyPoints);
        }
        catch (SummarizerException ex) when (ex.Kind == FailureKind.NotAnArticle)
        {
            notEnoughText++;
            prediction = new Prediction(id, string.Empty, []);
        }

        await output.WriteLineAsync(JsonSerializer.Serialize(prediction, json));
    }
}

Console.WriteLine($"articles: {articles.Count}, not enough text: {notEnoughText}, predictions: {args[1]}");

// 2. Speed, in-process after warm-up, one thread: the dataset as is, then articles of about 600 words
// (each dataset article topped up with paragraphs of the following ones).
var sized = articles.Select((a, i) => ToArticle(a.Article.Title, TopUp(articles, i, 600))).ToList();
await Measure("dataset articles", articles.Select(a => a.Article).ToList());
await Measure("~600-word articles", sized);
return 0;

async Task Measure(string label, IReadOnlyList<ExtractedArticle> set)
{
    foreach (var article in set)
    {
        await Summarize(article);
    }

    var words = set.Sum(a => a.Paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
    var runs = 0;
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    do
    {
        foreach (var article in set)
        {
            await Summarize(article);
        }

        runs++;
    }
    while (clock.Elapsed < TimeSpan.FromSeconds(3));
    clock.Stop();
    // On a shared machine wall time depends on the neighbours; the process's CPU time (one busy thread) does not.
    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    var perSecond = runs * set.Count / clock.Elapsed.TotalSeconds;
    Console.WriteLine($"{label}: {perSecond:F0} articles/s on one thread ({words / (double)set.Count:F0} words/article, {runs * set.Count} summaries in {clock.Elapsed.TotalSeconds:F1} s; {runs * set.Count / cpu:F0} articles per CPU-second)");
}

async Task Summarize(ExtractedArticle article)
{
    try
    {
        await summarizer.SummarizeAsync(article, CancellationToken.None);
    }
    catch (SummarizerException)
    {
        // "not enough text" counts as a result.
    }
}

static ExtractedArticle ToArticle(string? title, string? text) => new()
{
    Title = title ?? string.Empty,
    Paragraphs = (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    Language = "ar",
};

static string TopUp(IReadOnlyList<(string Id, ExtractedArticle Article)> all, int index, int words)
{
    var builder = new StringBuilder(all[index].Article.Text);
    var count = builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
    for (var next = (index + 1) % all.Count; count < words && next != index; next = (next + 1) % all.Count)
    {
        foreach (var paragraph in all[next].Article.Paragraphs)
        {
            if (count >= words)
            {
                break;
            }

            builder.Append('\n').Append(paragraph);
            count += paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }
    }

    return builder.ToString();
}
