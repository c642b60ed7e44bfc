using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Summarizer.Extraction;
using Summarizer.Hosting;
using Summarizer.Summarization;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Bench.Llm;

/// <summary>
/// <c>quality --data FILE.jsonl [--limit N] [--out FILE] [--stand-in]</c>: runs the real LLM path (the host from
/// <c>AddSummarizer()</c>, configured by <c>Summarizer__Llm__*</c>) over dataset articles one at a time, writes one JSON
/// line per article for <c>score_summaries.py</c>, and prints a table: grounded rate, Arabic rate, repairs, tokens and
/// cost per article, latency p50/p95. <c>--stand-in</c> serves the loopback echo model instead, so CI keeps it working.
/// </summary>
internal static class QualityRun
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, bool standIn)
    {
        var data = options.GetValueOrDefault("--data") ?? BenchArticles.FindDataset()
            ?? throw new InvalidOperationException("no dataset: pass --data FILE.jsonl (lines with id, title, text)");
        var limit = int.Parse(options.GetValueOrDefault("--limit", "20"), CultureInfo.InvariantCulture);
        var output = Path.GetFullPath(options.GetValueOrDefault("--out", Path.Combine("out", "llm-quality.jsonl")));
        var articles = DatasetArticles.Load(data, limit);

        await using var endpoint = standIn ? await FakeOpenAiEndpoint.StartAsync(r => EchoModel.Answer(r, TimeSpan.Zero)) : null;
        if (endpoint is not null)
        {
            Environment.SetEnvironmentVariable("Summarizer__Llm__Provider", "OpenAI");
            Environment.SetEnvironmentVariable("Summarizer__Llm__Endpoint", endpoint.Endpoint.AbsoluteUri);
            Environment.SetEnvironmentVariable("Summarizer__Llm__Model", "loopback-stand-in");
        }

        var repairs = new RepairCounter();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.AddSummarizer();
        builder.Logging.AddProvider(repairs);
        builder.Logging.AddFilter(RepairCounter.Category, LogLevel.Information);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(RepairCounter.Category, LogLevel.Warning);
        using var host = builder.Build();
        await host.StartAsync();
        var llm = host.Services.GetRequiredService<ISummarizerSelector>().Select(SummarizerChoice.Llm);
        var model = (llm as IVersionedSummarizer)?.Model ?? "?";

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var rows = new List<QualityRow>();
        await using (var writer = new StreamWriter(output))
        {
            foreach (var (id, article) in articles)
            {
                var row = await SummarizeAsync(llm, id, article, repairs);
                rows.Add(row);
                await writer.WriteLineAsync(JsonSerializer.Serialize(row.Line, Json));
            }
        }

        await host.StopAsync();
        Console.WriteLine($"wrote {rows.Count} summaries to {output}");
        Console.WriteLine($"score them: python3 ../shared/tools/score_summaries.py {data} {output}");
        Console.WriteLine();
        Console.WriteLine(QualityTable.Header);
        Console.WriteLine(QualityTable.Row(standIn ? "loopback stand-in (echo)" : model, rows));
        return rows.Count > 0 && rows.All(r => r.Line.Error is not null) ? 1 : 0;
    }

    private static async Task<QualityRow> SummarizeAsync(IArticleSummarizer llm, string id, ExtractedArticle article, RepairCounter repairs)
    {
        repairs.Reset();
        var clock = Stopwatch.StartNew();
        try
        {
            var summary = await llm.SummarizeAsync(article, CancellationToken.None);
            var latency = clock.Elapsed.TotalMilliseconds;
            // The model's own words: its summary, or the answer rejected for the extractive one.
            var answer = summary.Summarizer == "llm" ? string.Join('\n', [summary.Summary, .. summary.KeyPoints]) : summary.RejectedAnswer;
            return new QualityRow(
                new QualityLine(id, summary.Summary, summary.KeyPoints, summary.Summarizer, summary.Grounded, summary.ValidationIssues,
                    summary.Usage, Math.Round(latency, 1), repairs.Count, null),
                answer);
        }
        catch (SummarizerException ex)
        {
            return new QualityRow(
                new QualityLine(id, "", [], "none", null, [], null, Math.Round(clock.Elapsed.TotalMilliseconds, 1), repairs.Count, ex.Message), null);
        }
    }
}

/// <summary>One line of the output: what <c>score_summaries.py</c> reads (id, summary, keyPoints) and what the table counts.</summary>
internal sealed record QualityLine(
    string Id, string Summary, IReadOnlyList<string> KeyPoints, string Summarizer, bool? Grounded, IReadOnlyList<string> ValidationIssues,
    TokenUsage? Usage, double LatencyMs, int Repairs, string? Error);

internal sealed record QualityRow(QualityLine Line, string? ModelAnswer);
