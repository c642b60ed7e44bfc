using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Summarizer.Testing;
using Summarizer.Worker.Tests.Drills;

namespace Summarizer.Worker.Tests;

/// <summary>
/// The fleet on one PostgreSQL store, with real <c>summarizer run --once</c> processes: the feed cap loses nothing,
/// politeness holds across workers, a slow article keeps its lease, a killed worker's articles come back quickly.
/// Each test prints its request log summary (counts, smallest gap) to the test output.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class FleetPostgresTests
{
    private PostgresServer? _server;
    private NewsSite _site = null!;
    private WorkerEnvironment _env = null!;
    private string _connection = null!;

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
        _connection = await _server!.CreateDatabaseAsync();
        _env.Set("Summarizer__Storage__Provider", "Postgres");
        _env.Set("Summarizer__Storage__ConnectionString", _connection);
        _env.Set("Summarizer__Worker__RetryBaseDelay", null);
    }

    [TearDown]
    public async Task TearDown()
    {
        _env.Dispose();
        await _site.DisposeAsync();
    }

    [Test]
    public async Task RunOnce_FeedOf300WithCap100_EveryArticleSummarizedOnceOverPasses()
    {
        _env.Source(0, "site", _site.SetNumberedArticles(300), "urls");
        _env.Set("Summarizer__Sources__0__MaxArticlesPerRun", "100");

        // One worker first: it may queue 100, and the list then answers 304 to its ETag. Then three at a time.
        var passes = 0;
        var outputs = new List<string>();
        var afterFirst = 0L;
        while (passes < 6 && (await CountsAsync()).Summarized < 300)
        {
            passes++;
            var workers = Enumerable.Range(0, passes == 1 ? 1 : 3).Select(i => Worker($"p{passes}w{i}")).ToList();
            outputs.AddRange(await Task.WhenAll(workers.Select(WaitAsync)));
            Assert.That(workers.Select(w => w.ExitCode), Is.All.Zero, string.Join('\n', outputs));
            workers.ForEach(w => w.Dispose());
            afterFirst = passes == 1 ? (await CountsAsync()).Articles : afterFirst;
        }

        var (summarized, summaries, articles) = await CountsAsync();
        var fetchedTwice = _site.Log.Where(l => l.Path.StartsWith("/news/", StringComparison.Ordinal)).GroupBy(l => l.Path).Count(g => g.Count() > 1);
        TestContext.Out.WriteLine($"cap 100, 300 listed: {passes} rounds (1 worker, then 3); {afterFirst} queued by the first poll, {articles} in all, {summarized} summarized, {summaries} summaries; " +
                                  $"{_site.Count("/urls.txt")} polls, {_site.Count("/news/")} article requests, {fetchedTwice} articles fetched twice");
        Assert.Multiple(() =>
        {
            Assert.That(articles, Is.EqualTo(300), "all 300 queued: the cap postponed the rest, a 304 did not drop them");
            Assert.That(summarized, Is.EqualTo(300), string.Join('\n', outputs));
            Assert.That(summaries, Is.EqualTo(300), "each summarized once");
            Assert.That(fetchedTwice, Is.Zero);
            Assert.That(afterFirst, Is.EqualTo(100), "one poll queues at most 100 new URLs");
        });
    }

    [Test]
    public async Task RunOnce_ThreeWorkersOneHostWith300msDelay_NoTwoRequestsCloserThan300ms()
    {
        _env.Source(0, "site", _site.SetNumberedArticles(12), "urls");
        _env.Set("Summarizer__Politeness__MinDelayPerHost", "00:00:00.300");

        var workers = Enumerable.Range(0, 3).Select(i => Worker($"w{i}")).ToList();
        var outputs = await Task.WhenAll(workers.Select(WaitAsync));

        var arrivals = _site.Log.Select(l => l.At).Order().ToList();
        var gaps = arrivals.Zip(arrivals.Skip(1), (a, b) => b - a).ToList();
        var (summarized, _, _) = await CountsAsync();
        TestContext.Out.WriteLine($"3 workers, 1 host, 300 ms: {arrivals.Count} requests ({_site.Count("/robots.txt")} robots.txt, " +
                                  $"{_site.Count("/urls.txt")} list, {_site.Count("/news/")} articles); smallest gap {gaps.Min().TotalMilliseconds:0} ms, " +
                                  $"largest {gaps.Max().TotalMilliseconds:0} ms; {outputs.Count(o => Count(o, "summarized") > 0)} workers summarized some");
        Assert.Multiple(() =>
        {
            Assert.That(workers.Select(w => w.ExitCode), Is.All.Zero, string.Join('\n', outputs));
            Assert.That(summarized, Is.EqualTo(12));
            Assert.That(arrivals, Has.Count.GreaterThanOrEqualTo(12 + 3));
            Assert.That(gaps.Min(), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(300)), "the delay holds for the fleet, not per process");
        });
        workers.ForEach(w => w.Dispose());
    }

    [Test]
    public async Task RunOnce_ArticleSlowerThanItsLease_RenewedAndNeverTakenByASecondWorker()
    {
        // The list on its own host, so that a second worker's poll does not queue behind the slow article's host turn.
        _site.SetArticle("/news/1", "خبر بطيء", 1);
        await using var list = await LoopbackServer.StartAsync(context => context.Request.Path == "/urls.txt"
            ? context.Response.WriteAsync(_site.Url("/news/1").AbsoluteUri)
            : NotFound(context));
        _env.Source(0, "slow", list.Url("/urls.txt"), "urls");
        // Renewed every third of the lease: 15 s leaves a starved worker 10 s to get its heartbeat through.
        var lease = TimeSpan.FromSeconds(15);
        _env.Set("Summarizer__Storage__LeaseDuration", "00:00:15");
        _env.Set("Summarizer__Fetching__Timeout", "00:10:00"); // the slow article is held by the drill, not timed out
        _env.Set("Summarizer__Fetching__TotalTimeout", "00:10:00");
        // The article is answered only once it has outlived its first lease, the store shows that lease renewed, and a
        // second worker is waiting for it: however slow the machine, the second worker has had its chance to take it.
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _site.BeforeArticle = (_, aborting) => answer.Task.WaitAsync(aborting);

        using var first = Worker("first");
        await WaitForAsync(async () => await LeasedAsync() == 1);
        var firstExpiry = await LeaseExpiryAsync();
        using var second = Worker("second");
        var secondWaits = await second.WaitForOutputAsync("Waiting for 1 articles leased by another worker", TimeSpan.FromMinutes(3));
        await WaitForAsync(async () => DateTimeOffset.UtcNow > firstExpiry + TimeSpan.FromSeconds(1) && await LeaseExpiryAsync() > firstExpiry);
        var renewedExpiry = await LeaseExpiryAsync();
        answer.SetResult();
        var outputs = await Task.WhenAll(WaitAsync(first), WaitAsync(second));

        var (summarized, summaries, _) = await CountsAsync();
        TestContext.Out.WriteLine($"lease {lease.TotalSeconds:0} s: first lease to {firstExpiry:HH:mm:ss.fff}, renewed to {renewedExpiry:HH:mm:ss.fff}; " +
                                  $"{_site.Count("/news/1")} request(s) for it; first summarized {Count(outputs[0], "summarized")}, second {Count(outputs[1], "summarized")}");
        Assert.Multiple(() =>
        {
            Assert.That(secondWaits, Is.True, "the second worker saw the article leased: " + outputs[1]);
            Assert.That(renewedExpiry, Is.GreaterThan(firstExpiry), "the lease was renewed while the article was in work");
            Assert.That(first.ExitCode, Is.Zero, outputs[0]);
            Assert.That(second.ExitCode, Is.Zero, outputs[1]);
            Assert.That(summarized, Is.EqualTo(1));
            Assert.That(summaries, Is.EqualTo(1));
            Assert.That(_site.Count("/news/1"), Is.EqualTo(1), "the lease was renewed: the second worker never took the article");
            Assert.That(Count(outputs[0], "summarized"), Is.EqualTo(1), "the first worker finished it");
        });
    }

    [Test]
    public async Task Run_KilledWithSigkill_ItsArticlesArePickedUpOnceTheShortLeaseEnds()
    {
        for (var i = 1; i <= 3; i++)
        {
            _site.SetArticle($"/news/{i}", $"خبر {i}", i);
        }

        await using var list = await LoopbackServer.StartAsync(context => context.Request.Path == "/urls.txt"
            ? context.Response.WriteAsync(string.Join('\n', Enumerable.Range(1, 3).Select(i => _site.Url($"/news/{i}").AbsoluteUri)))
            : NotFound(context));
        _env.Source(0, "site", list.Url("/urls.txt"), "urls");
        // Half the default, short enough for "about a minute"; renewed every 10 s, it leaves a starved victim 20 s.
        _env.Set("Summarizer__Storage__LeaseDuration", "00:00:30");
        // The victim hangs in its fetches (no fetch timeout ends them) until it is killed.
        _site.BeforeArticle = (_, aborting) => Task.Delay(Timeout.Infinite, aborting);
        var victim = WorkerProcess.StartWith(_env, new Dictionary<string, string>
        {
            ["Summarizer__Worker__WorkerId"] = "victim", ["Logging__LogLevel__Default"] = "Warning",
            ["Summarizer__Fetching__Timeout"] = "00:10:00", ["Summarizer__Fetching__TotalTimeout"] = "00:10:00",
        }, "run", "--once");
        await WaitForAsync(async () => await LeasedAsync() == 3);
        // The rescuer is started, and seen waiting, before the kill: however long it takes to start on a busy machine, it
        // is already watching when the victim dies, so what is measured is the lease, not the start.
        using var rescuer = Worker("rescuer");
        var waiting = await rescuer.WaitForOutputAsync("Waiting for 3 articles leased by another worker", TimeSpan.FromMinutes(3));
        victim.Dispose(); // SIGKILL: no release, no goodbye (its hanging requests end with its connections)
        var killedAt = DateTimeOffset.UtcNow;
        _site.BeforeArticle = null;

        var output = await WaitAsync(rescuer);
        var firstPickUp = _site.Log.Where(l => l.Path.StartsWith("/news/", StringComparison.Ordinal) && l.At > killedAt).Select(l => l.At).DefaultIfEmpty().Min();

        var (summarized, summaries, _) = await CountsAsync();
        TestContext.Out.WriteLine($"lease 30 s: killed with 3 leased; the waiting worker fetched the first of them {(firstPickUp - killedAt).TotalSeconds:0.0} s later; " +
                                  $"{summarized} summarized");
        Assert.Multiple(() =>
        {
            Assert.That(waiting, Is.True, "the pass says what it waits for: " + rescuer.Output);
            Assert.That(rescuer.ExitCode, Is.Zero, output);
            Assert.That(firstPickUp - killedAt, Is.InRange(TimeSpan.Zero, TimeSpan.FromSeconds(75)), "picked up within about a minute (a 30 s lease), not at the old 5-minute lease");
            Assert.That(summarized, Is.EqualTo(3), output);
            Assert.That(summaries, Is.EqualTo(3));
        });
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private async Task<(long Summarized, long Summaries, long Articles)> CountsAsync()
    {
        await using var connection = new NpgsqlConnection(_connection);
        try
        {
            return (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE status = 'summarized'"),
                await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM summaries"),
                await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
        }
        catch (PostgresException)
        {
            return (0, 0, 0); // tables not created yet
        }
    }

    private async Task<long> LeasedAsync()
    {
        await using var connection = new NpgsqlConnection(_connection);
        try
        {
            return await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM articles WHERE lease_owner IS NOT NULL AND lease_expires_at > @now",
                new { now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
        }
        catch (PostgresException)
        {
            return 0;
        }
    }

    /// <summary>When the lease of the one leased article ends (the store's Unix milliseconds).</summary>
    private async Task<DateTimeOffset> LeaseExpiryAsync()
    {
        await using var connection = new NpgsqlConnection(_connection);
        var ms = await connection.ExecuteScalarAsync<long?>("SELECT MAX(lease_expires_at) FROM articles WHERE lease_owner IS NOT NULL");
        return ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : DateTimeOffset.MinValue;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var giveUp = DateTime.UtcNow.AddMinutes(3); // an upper bound for a loaded machine, not an expected duration
        while (!await condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(giveUp), "the worker never got there");
            await Task.Delay(100);
        }
    }

    private static int Count(string output, string outcome) =>
        ReportLine().Match(output) is { Success: true } m && Regex.Match(m.Value, $@"(\d+) {outcome}") is { Success: true } c
            ? int.Parse(c.Groups[1].Value, CultureInfo.InvariantCulture)
            : 0;

    [GeneratedRegex(@"summarizer: \d+ sources polled.*")]
    private static partial Regex ReportLine();

    private WorkerProcess Worker(string id) =>
        WorkerProcess.StartWith(_env, new Dictionary<string, string> { ["Summarizer__Worker__WorkerId"] = id, ["Logging__LogLevel__Default"] = "Warning" }, "run", "--once");

    private static async Task<string> WaitAsync(WorkerProcess process)
    {
        await process.WaitForExitAsync(TimeSpan.FromMinutes(4));
        return await process.OutputAsync();
    }
}
