using Dapper;
using Npgsql;
using Summarizer.Testing;

namespace Summarizer.Worker.Tests.Drills;

/// <summary>
/// PostgreSQL stopped (pg_ctl stop) before <c>summarizer run --once</c> starts and again in the middle of its run, then
/// started again: the pass waits with backoff, resumes, and every article ends summarized exactly once.
/// </summary>
[TestFixture]
// Not for process state (settings are passed to each run): real worker processes with short leases and deadlines get the
// machine to themselves, so that a busy CI box does not expire their leases.
[NonParallelizable]
public sealed class StoreOutageDrillTests
{
    private const int Articles = 40;
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
    public async Task SetUp()
    {
        _site = await NewsSite.StartAsync();
        _env = new WorkerEnvironment();
        _env.Source(0, "site", _site.SetNumberedArticles(Articles), "urls");
        _env.Set("Summarizer__Sources__0__MaxArticlesPerRun", "1000");
        _env.Set("Summarizer__Storage__Provider", "Postgres");
        _env.Set("Summarizer__Storage__LeaseDuration", "00:00:03");
        _env.Set("Summarizer__Worker__StoreRetryDelay", "00:00:00.200");
        _env.Set("Summarizer__Worker__StoreRetryMaxDelay", "00:00:01");
        _env.Set("Summarizer__Worker__StoreUnavailableTimeout", "00:01:00");
    }

    [TearDown]
    public async Task TearDown()
    {
        _env.Dispose();
        await _site.DisposeAsync();
        if (_server is not null)
        {
            try
            {
                await _server.StartAgainAsync(); // a failed drill must not leave the server down for the next test
            }
            catch (PostgresUnavailableException)
            {
                // already running
            }
        }
    }

    [Test]
    public async Task RunOnce_DatabaseDownAtStartAndMidRun_WaitsResumesAndSummarizesEachArticleOnce()
    {
        var connection = await _server!.CreateDatabaseAsync();
        _env.Set("Summarizer__Storage__ConnectionString", connection);
        _site.ArticleDelay = TimeSpan.FromMilliseconds(40);
        await _server.StopAsync();

        var run = Task.Run(() => Cli.RunAsync(_env, "run", "--once"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var waitedAtStart = !run.IsCompleted;
        await _server.StartAgainAsync();

        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (DateTime.UtcNow < deadline && !run.IsCompleted && (await CountsAsync(connection)).Summarized < 10)
        {
            await Task.Delay(50);
        }

        var beforeOutage = (await CountsAsync(connection)).Summarized;
        await _server.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var waitedMidRun = !run.IsCompleted;
        await _server.StartAgainAsync();

        var (exit, _, err) = await run.WaitAsync(TimeSpan.FromSeconds(60));
        var (summarized, summaries, failed, leased) = await CountsAsync(connection);
        Assert.Multiple(() =>
        {
            Assert.That(waitedAtStart, Is.True, "the pass waited for the database at start: " + err);
            Assert.That(beforeOutage, Is.InRange(1, Articles - 1), "the second outage came mid-run");
            Assert.That(waitedMidRun, Is.True, "the pass waited for the database mid-run: " + err);
            Assert.That(exit, Is.Zero, err);
            Assert.That(summarized, Is.EqualTo(Articles), err);
            Assert.That(summaries, Is.EqualTo(Articles), "no article summarized twice");
            Assert.That(failed, Is.Zero, "an outage is not the article's failure");
            Assert.That(leased, Is.Zero);
        });
    }

    private static async Task<(long Summarized, long Summaries, long Failed, long Leased)> CountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        try
        {
            return (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE status = 'summarized'"),
                await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM summaries"),
                await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE status = 'failed'"),
                await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE lease_owner IS NOT NULL AND status IN ('pending', 'fetched')"));
        }
        catch (NpgsqlException)
        {
            return (0, 0, 0, 0); // tables not created yet, or the server is down
        }
    }
}
