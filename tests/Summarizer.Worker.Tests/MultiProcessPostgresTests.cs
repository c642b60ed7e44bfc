using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using Summarizer.Testing;
using Summarizer.Worker.Tests.Drills;

namespace Summarizer.Worker.Tests;

/// <summary>Several <c>summarizer run --once</c> processes share one PostgreSQL store: every article summarized exactly once.</summary>
[TestFixture]
// Not for process state (settings are passed to each run): real worker processes with short leases and deadlines get the
// machine to themselves, so that a busy CI box does not expire their leases.
[NonParallelizable]
public sealed partial class MultiProcessPostgresTests
{
    private const int Articles = 300;
    private PostgresServer? _server;
    private NewsSite _site = null!;
    private WorkerEnvironment _env = null!;

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
        _env = new WorkerEnvironment();
        _env.Source(0, "site", _site.SetNumberedArticles(Articles));
        _env.Set("Summarizer__Sources__0__MaxArticlesPerRun", "1000");
        _env.Set("Summarizer__Storage__Provider", "Postgres");
        _env.Set("Summarizer__Storage__LeaseDuration", "00:00:03");
        _env.Set("Summarizer__Worker__RetryBaseDelay", null); // the default: nothing here is meant to fail and retry
    }

    [TearDown]
    public async Task StopSite()
    {
        _env.Dispose();
        await _site.DisposeAsync();
    }

    [Test]
    public async Task RunOnce_ThreeProcesses_SummarizeEachArticleExactlyOnce()
    {
        var connection = await _server!.CreateDatabaseAsync();
        _env.Set("Summarizer__Storage__ConnectionString", connection);
        _site.ArticleDelay = TimeSpan.FromMilliseconds(5);

        var workers = Enumerable.Range(0, 3).Select(i => Worker($"w{i}")).ToList();
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
        _env.Set("Summarizer__Storage__ConnectionString", connection);
        _site.ArticleDelay = TimeSpan.FromMilliseconds(20);

        var workers = Enumerable.Range(0, 3).Select(i => Worker($"w{i}")).ToList();
        var victim = workers[0];
        var outputs = workers.Skip(1).Select(WaitAsync).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && (await CountsAsync(connection)).Summarized < 40)
        {
            await Task.Delay(50);
        }

        victim.Dispose(); // a real kill of the whole process tree, mid-article
        var done = await Task.WhenAll(outputs);

        var (summarized, summaries) = await CountsAsync(connection);
        var unfinished = await UnfinishedAsync(connection);
        Assert.Multiple(() =>
        {
            Assert.That(summarized, Is.EqualTo(Articles), unfinished + "\n" + string.Join('\n', done));
            Assert.That(summaries, Is.EqualTo(Articles));
            Assert.That(workers.Skip(1).Select(w => w.ExitCode), Is.All.Zero);
        });
        foreach (var worker in workers.Skip(1))
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

    private WorkerProcess Worker(string id) =>
        WorkerProcess.StartWith(_env, new Dictionary<string, string> { ["Summarizer__Worker__WorkerId"] = id, ["Logging__LogLevel__Default"] = "Warning" }, "run", "--once");

    private static async Task<string> WaitAsync(WorkerProcess process)
    {
        await process.WaitForExitAsync(TimeSpan.FromMinutes(3));
        return await process.OutputAsync();
    }
}
