using System.Diagnostics;
using System.Text.Json;

namespace Summarizer.Core.Tests.Summarization.Llm;

/// <summary>
/// <c>Summarizer.Bench.Llm quality</c> against the loopback stand-in, as CI runs it: the real LLM path over a small
/// hand-written dataset, one JSON line per article for score_summaries.py, and the quality table.
/// </summary>
[TestFixture]
public sealed class QualityRunnerTests
{
    [Test]
    public async Task Quality_StandInOverThreeArticles_WritesScorableLinesAndTheTable()
    {
        var folder = Directory.CreateTempSubdirectory("summarizer-quality-").FullName;
        var output = Path.Combine(folder, "summaries.jsonl");
        try
        {
            var data = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Llm", "quality-sample.jsonl");

            var (exit, stdout, stderr) = await RunAsync("quality", "--data", data, "--limit", "3", "--out", output, "--stand-in");

            var lines = (await File.ReadAllLinesAsync(output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            var row = stdout.Split('\n').Single(l => l.StartsWith("| loopback stand-in", StringComparison.Ordinal));
            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.Zero, stderr);
                Assert.That(lines.Select(l => l.GetProperty("id").GetString()), Is.EqualTo(new[] { "hand-1", "hand-2", "hand-3" }));
                Assert.That(lines.Select(l => l.GetProperty("summary").GetString()), Is.All.Not.Empty);
                Assert.That(lines.Select(l => l.GetProperty("keyPoints").GetArrayLength()), Is.All.InRange(3, 5));
                Assert.That(stdout, Does.Contain("| model | articles | grounded | Arabic | repairs / article"));
                Assert.That(row, Does.StartWith("| loopback stand-in (echo) | 3 | 100% | 100% | 0.00 |"), "the echo model quotes the article: grounded, Arabic, no repair");
            });
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bench-llm", "Summarizer.Bench.Llm.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
