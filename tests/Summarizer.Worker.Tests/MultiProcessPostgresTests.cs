using System.Diagnostics;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using Summarizer.Testing;

namespace Summarizer.Worker.Tests;

/// <summary>Several <c>summarizer run --once</c> processes share one PostgreSQL store: every article summarized exactly once.</summary>
[TestFixture]
[NonParallelizable]
public sealed partial class MultiProcessPostgresTests
{
    private const int Articles = 300;
    private PostgresServer? _server;
    private NewsSite _site = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await PostgresFixture.StartOrIgnoreAsync();

    [OneTimeTearDown]
    public async Task StopServer()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [SetUp]
    public async Task StartSite()
    {
        _site = await NewsSite.StartAsync();
        _site.SetNumberedArticles(Articles);
    }

    [TearDown]
    public async Task StopSite() => await _site.DisposeAsync();

    [Test]
    public async Task RunOnce_ThreeProcesses_SummarizeEachArticleExactlyOnce()
    {
        var connection = await _server!.CreateDatabaseAsync();
        _site.ArticleDelay = TimeSpan.FromMilliseconds(5);

        var workers = Enumerable.Range(0, 3).Select(i => Worker(connection, $"w{i}")).ToList();
        var outputs = await Task.WhenAll(workers.Select(WaitAsync));

        var summarizedByWorkers = outputs.Sum(o => Count(o, "summarized"));
        var (summarized, summaries) = await CountsAsync(connection);
        var unfinished = await UnfinishedAsync(connection);
        Assert.Multiple(() =>
        {
            Assert.That(workers.Select(w => w.ExitCode), Is.All.Zero, string.Join('\n', outputs));
            Assert.That(summarized, Is.EqualTo(Articles), unfinished + "\n" + string.Join("\n", outputs));
            Assert.That(summaries, Is.EqualTo(Articles));
            Assert.That(summarizedByWorkers, Is.EqualTo(Articles), "no article summarized by two workers");
            Assert.That(outputs.Count(o => Count(o, "summarized") > 0), Is.GreaterThanOrEqualTo(2), "the work was shared");
        });
    }

    [Test]
    public async Task RunOnce_OneProcessKilledMidRun_EveryArticleStillSummarizedOnce()
    {
        var connection = await _server!.CreateDatabaseAsync();
        _site.ArticleDelay = TimeSpan.FromMilliseconds(20);

        var workers = Enumerable.Range(0, 3).Select(i => Worker(connection, $"w{i}")).ToList();
        var victim = workers[0];
        var outputs = workers.Skip(1).Select(WaitAsync).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && (await CountsAsync(connection)).Summarized < 40)
        {
            await Task.Delay(50);
        }

        victim.Kill(entireProcessTree: true);
        await victim.WaitForExitAsync();
        var done = await Task.WhenAll(outputs);

        var (summarized, summaries) = await CountsAsync(connection);
        var unfinished = await UnfinishedAsync(connection);
        Assert.Multiple(() =>
        {
            Assert.That(summarized, Is.EqualTo(Articles), unfinished + "\n" + string.Join('\n', done));
            Assert.That(summaries, Is.EqualTo(Articles));
            Assert.That(workers.Skip(1).Select(w => w.ExitCode), Is.All.Zero);
        });
        foreach (var worker in workers)
        {
            worker.Dispose();
        }
    }

    private static async Task<(long Summarized, long Summaries)> CountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        try
        {
            return (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE status = 'summarized'"),
                await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM summaries"));
        }
        catch (PostgresException)
        {
            return (0, 0); // tables not created yet
        }
    }

    /// <summary>Every article not summarized, for the failure message: which state it was left in and why.</summary>
    private static async Task<string> UnfinishedAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = await connection.QueryAsync<string>(
            "SELECT id || ' ' || status || ' attempts=' || attempts || ' ' || coalesce(last_error, '') FROM articles WHERE status <> 'summarized' ORDER BY id");
        return "unfinished: " + string.Join("; ", rows);
    }

    private static int Count(string output, string outcome) =>
        ReportLine().Match(output) is { Success: true } m && Regex.Match(m.Value, $@"(\d+) {outcome}") is { Success: true } c
            ? int.Parse(c.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    [GeneratedRegex(@"summarizer: \d+ sources polled.*")]
    private static partial Regex ReportLine();

    private Process Worker(string connectionString, string id)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "cli", "summarizer.dll");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("run");
        info.ArgumentList.Add("--once");
        var env = info.Environment;
        foreach (var key in env.Keys.Where(k => k.StartsWith("Summarizer__", StringComparison.Ordinal)).ToList())
        {
            env.Remove(key);
        }

        env["Summarizer__Storage__Provider"] = "Postgres";
        env["Summarizer__Storage__ConnectionString"] = connectionString;
        env["Summarizer__Storage__LeaseDuration"] = "00:00:03";
        env["Summarizer__Sources__0__Name"] = "site";
        env["Summarizer__Sources__0__Url"] = _site.Url("/urls.txt").AbsoluteUri;
        env["Summarizer__Sources__0__MaxArticlesPerRun"] = "1000";
        env["Summarizer__Fetching__AllowPrivateNetworks"] = "true";
        env["Summarizer__Fetching__MaxRetries"] = "0";
        env["Summarizer__Politeness__MinDelayPerHost"] = "00:00:00";
        env["Summarizer__Worker__Summarizer"] = "Extractive";
        env["Summarizer__Worker__WorkerId"] = id;
        env["Logging__LogLevel__Default"] = "Warning";
        return Process.Start(info)!;
    }

    private static async Task<string> WaitAsync(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return await stdout + await stderr;
    }
}
