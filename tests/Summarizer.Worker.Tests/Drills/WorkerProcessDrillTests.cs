using Summarizer.Testing;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Worker.Tests.Drills;

/// <summary>
/// Fault drills on a real <c>summarizer run</c> process (the service loop) with a SQLite store: the LLM endpoint down for a
/// while, and SIGTERM in the middle of a batch. Each ends with every article summarized exactly once.
/// </summary>
[TestFixture]
// Not for process state (settings are passed to each run): real worker processes with short leases and deadlines get the
// machine to themselves, so that a busy CI box does not expire their leases.
[NonParallelizable]
public sealed class WorkerProcessDrillTests
{
    /// <summary>How long a drill waits for a state it expects at most: far beyond a quiet machine's seconds, so that only a
    /// worker that never gets there fails, not a slow one.</summary>
    private static readonly TimeSpan UpperBound = TimeSpan.FromMinutes(3);

    private NewsSite _site = null!;
    private WorkerEnvironment _env = null!;

    [SetUp]
    public async Task SetUp()
    {
        _site = await NewsSite.StartAsync();
        _env = new WorkerEnvironment();
        _env.Set("Summarizer__Worker__PollInterval", "00:00:00.300");
        _env.Set("Summarizer__Worker__Concurrency", "4");
        _env.Set("Summarizer__Sources__0__MaxArticlesPerRun", "1000");
    }

    [TearDown]
    public async Task TearDown()
    {
        _env.Dispose();
        await _site.DisposeAsync();
    }

    [Test]
    public async Task Run_LlmEndpointDownForAWhile_ArticlesBackOffThenEachIsSummarizedOnce()
    {
        const int articles = 12;
        AddArticles(articles);
        // Down for a number of calls, not of seconds: on a loaded machine a 3-second outage may end before the slow worker
        // makes its first call, or last through every retry. Two calls per article attempt (MaxRetries 1) for every
        // article: each one that is asked while it is down backs off, and the first ones always are.
        const int downForCalls = articles * 2;
        var calls = 0;
        var refused = 0;
        var answered = 0;
        await using var llm = await FakeOpenAiEndpoint.StartAsync(_ =>
        {
            if (Interlocked.Increment(ref calls) <= downForCalls)
            {
                Interlocked.Increment(ref refused);
                return FakeReply.Error(503);
            }

            Interlocked.Increment(ref answered);
            return FakeReply.Answer(NewsSite.Sentences[0], NewsSite.Sentences[1], NewsSite.Sentences[2], NewsSite.Sentences[3]);
        });
        _env.Set("Summarizer__Worker__Summarizer", "Llm");
        _env.Set("Summarizer__Worker__RetryBaseDelay", "00:00:00.500");
        _env.Set("Summarizer__Worker__MaxAttempts", "20");
        _env.Set("Summarizer__Llm__Provider", "OpenAI");
        _env.Set("Summarizer__Llm__Endpoint", llm.Endpoint.AbsoluteUri);
        _env.Set("Summarizer__Llm__Model", "drill");
        _env.Set("Summarizer__Llm__MaxRetries", "1");
        _env.Set("Summarizer__Llm__RetryDelay", "00:00:00.050");
        _env.Set("Summarizer__Llm__CircuitBreakAfter", "1000"); // this drill is about the worker's backoff, not the LLM circuit

        using var worker = WorkerProcess.Start(_env, "run");
        var done = await WaitForAsync(c => c.Summarized == articles, UpperBound);
        worker.Terminate();
        var exited = await worker.WaitForExitAsync(UpperBound);

        var counts = await WorkerProcess.CountsAsync(_env.ConnectionString);
        using var store = _env.OpenStore();
        var stored = await store.QueryAsync(new Storage.ArticleQuery(), CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(done, Is.True, await worker.OutputAsync());
            Assert.That(exited, Is.True, "exits on SIGTERM");
            Assert.That(refused, Is.EqualTo(downForCalls), "the endpoint was down at first");
            Assert.That(stored.Max(a => a.Article.Attempts), Is.GreaterThan(0), "articles went through backoff");
            Assert.That(counts.Summarized, Is.EqualTo(articles));
            Assert.That(counts.Summaries, Is.EqualTo(articles));
            Assert.That(counts.Failed, Is.Zero);
            Assert.That(answered, Is.EqualTo(articles), "each article paid for once");
            Assert.That(stored.Select(a => a.Summary?.Key.Model), Is.All.EqualTo("drill"));
        });
    }

    [Test]
    public async Task Run_SigtermMidBatch_ExitsPromptlyReleasingInFlightArticles()
    {
        const int articles = 30;
        const int concurrency = 4;
        AddArticles(articles);
        // The first batch is answered; every later article hangs until its request is dropped. So SIGTERM surely comes
        // with a whole batch in flight, whatever the machine's speed, and only cancelling them lets the process exit.
        var answered = 0;
        _site.BeforeArticle = (_, aborting) =>
            Interlocked.Increment(ref answered) <= concurrency ? Task.CompletedTask : Task.Delay(Timeout.Infinite, aborting);
        _env.Set("Summarizer__Storage__LeaseDuration", "00:10:00"); // a lease left behind would hold its article for 10 min
        _env.Set("Summarizer__Fetching__Timeout", "00:10:00"); // no fetch ends by itself while the drill waits
        _env.Set("Summarizer__Fetching__TotalTimeout", "00:10:00");

        using var worker = WorkerProcess.Start(_env, "run");
        var inFlight = await WaitForAsync(c => c.Summarized == concurrency && c.Leased == concurrency, UpperBound);
        var before = await WorkerProcess.CountsAsync(_env.ConnectionString);
        worker.Terminate();
        var exited = await worker.WaitForExitAsync(UpperBound);
        var output = await worker.OutputAsync();
        var after = await WorkerProcess.CountsAsync(_env.ConnectionString);
        using var store = _env.OpenStore();
        var pending = (await store.QueryAsync(new Storage.ArticleQuery(), CancellationToken.None)).Where(a => a.Article.Status == Storage.ArticleStatus.Pending).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(inFlight, Is.True, output);
            Assert.That(before.Summarized, Is.LessThan(articles), "SIGTERM came mid-run");
            Assert.That(before.Leased, Is.EqualTo(concurrency), "a batch was in flight");
            Assert.That(exited, Is.True, "exits on SIGTERM, without waiting for its hanging fetches");
            Assert.That(worker.ExitCode, Is.Zero, output);
            Assert.That(after.Leased, Is.Zero, "in-flight articles were released, not left leased");
            Assert.That(pending.Select(a => a.Article.Attempts), Is.All.Zero, "a shutdown is not the article's failure");
        });

        _site.BeforeArticle = null;
        var (exit, _, err) = await Cli.RunAsync(_env, "run", "--once");
        var final = await WorkerProcess.CountsAsync(_env.ConnectionString);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, err);
            Assert.That(final.Summarized, Is.EqualTo(articles));
            Assert.That(final.Summaries, Is.EqualTo(articles), "no article summarized twice");
        });
    }

    private void AddArticles(int count)
    {
        _env.Source(0, "site", _site.SetNumberedArticles(count), "urls");
    }

    private async Task<bool> WaitForAsync(
        Func<(long Summarized, long Summaries, long Failed, long Leased), bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (condition(await WorkerProcess.CountsAsync(_env.ConnectionString)))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return condition(await WorkerProcess.CountsAsync(_env.ConnectionString));
    }
}
