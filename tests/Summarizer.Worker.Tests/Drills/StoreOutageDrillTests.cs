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

    /// <summary>What the pass logs each time it finds the store away and waits (WorkerLog.StoreUnavailable).</summary>
    private const string StoreUnavailable = "Store unavailable during";

    /// <summary>How long the drill waits for a state it expects at most: an upper bound for a loaded machine, not a duration.</summary>
    private static readonly TimeSpan UpperBound = TimeSpan.FromMinutes(3);

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
        _env.Set("Summarizer__Worker__StoreUnavailableTimeout", "00:05:00"); // pg_ctl start takes its time on a loaded machine
        _env.Set("Summarizer__Fetching__Timeout", "00:10:00"); // articles held by the drill are not timed out meanwhile
        _env.Set("Summarizer__Fetching__TotalTimeout", "00:10:00");
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
        const int beforeOutage = 10;
        var connection = await _server!.CreateDatabaseAsync();
        _env.Set("Summarizer__Storage__ConnectionString", connection);
        // The first articles are answered; the rest wait at the site until the database is down again. So the second
        // outage surely comes mid-run, with articles in flight, however fast or slow the machine is.
        var answered = 0;
        var secondOutage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _site.BeforeArticle = (_, aborting) =>
            Interlocked.Increment(ref answered) <= beforeOutage ? Task.CompletedTask : secondOutage.Task.WaitAsync(aborting);
        await _server.StopAsync();

        var stderr = new ObservedWriter();
        var run = Task.Run(() => Cli.RunAsync(_env, stderr, "run", "--once"));
        // The pass says it is waiting for the store (and has not given up) before the database comes back.
        var waitedAtStart = await stderr.WaitForAsync(StoreUnavailable, UpperBound) && !run.IsCompleted;
        await _server.StartAgainAsync();

        var reachedOutage = await WaitForAsync(async () => run.IsCompleted || (await CountsAsync(connection)).Summarized >= beforeOutage);
        var summarizedBefore = (await CountsAsync(connection)).Summarized;
        var unavailableSoFar = stderr.Count(StoreUnavailable);
        await _server.StopAsync();
        secondOutage.SetResult(); // the articles in flight now meet a store that is away
        var waitedMidRun = await stderr.WaitForAsync(StoreUnavailable, UpperBound, times: unavailableSoFar) && !run.IsCompleted;
        await _server.StartAgainAsync();

        var (exit, _) = await run.WaitAsync(UpperBound);
        var err = stderr.ToString();
        var (summarized, summaries, failed, leased) = await CountsAsync(connection);
        Assert.Multiple(() =>
        {
            Assert.That(waitedAtStart, Is.True, "the pass waited for the database at start: " + err);
            Assert.That(reachedOutage, Is.True, err);
            Assert.That(summarizedBefore, Is.EqualTo(beforeOutage), "the second outage came mid-run");
            Assert.That(waitedMidRun, Is.True, "the pass waited for the database mid-run: " + err);
            Assert.That(exit, Is.Zero, err);
            Assert.That(summarized, Is.EqualTo(Articles), err);
            Assert.That(summaries, Is.EqualTo(Articles), "no article summarized twice");
            Assert.That(failed, Is.Zero, "an outage is not the article's failure");
            Assert.That(leased, Is.Zero);
        });
    }

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + UpperBound;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
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
