using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using Summarizer.Storage;
using Summarizer.Testing;
using Summarizer.Testing.OpenAi;
using Summarizer.Worker.Tests.Drills;

namespace Summarizer.Worker.Tests;

/// <summary>
/// The worker with an LLM that fails or whose daily budget runs out: every article gets the extractive box now and
/// its LLM summary later. The budget is counted in the store, so two processes on one PostgreSQL share it.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class LlmWorkerTests
{
    /// <summary>Quotes the news site's sentences, so it passes validation; each call counts 400 + 100 tokens.</summary>
    private static readonly FakeReply Grounded = FakeReply.Answer(NewsSite.Sentences[0], NewsSite.Sentences[1], NewsSite.Sentences[2], NewsSite.Sentences[3])
        with { PromptTokens = 400, CompletionTokens = 100 };

    private NewsSite _site = null!;
    private WorkerEnvironment _env = null!;

    [SetUp]
    public async Task SetUp()
    {
        _site = await NewsSite.StartAsync();
        _env = new WorkerEnvironment();
        _env.Set("Summarizer__Worker__Summarizer", "Auto");
        _env.Set("Summarizer__Llm__Provider", "OpenAI");
        _env.Set("Summarizer__Llm__Model", "test-model");
        _env.Set("Summarizer__Llm__MaxRetries", "0");
    }

    [TearDown]
    public async Task TearDown()
    {
        _env.Dispose();
        await _site.DisposeAsync();
    }

    [Test]
    public async Task RunOnce_LlmDownThenBack_ExtractiveBoxNowLlmSummaryOnALaterPass()
    {
        var down = true;
        await using var llm = await FakeOpenAiEndpoint.StartAsync(_ => Volatile.Read(ref down) ? FakeReply.Error(503) : Grounded);
        _env.Set("Summarizer__Llm__Endpoint", llm.Endpoint.AbsoluteUri);
        _env.Set("Summarizer__Llm__RetryLlmAfterFailure", "01:00:00");
        _env.Source(0, "site", _site.SetNumberedArticles(3), "urls");

        var first = await Cli.RunAsync(_env, "run", "--once");
        using var store = _env.OpenStore();
        var afterOutage = await store.QueryAsync(new ArticleQuery(), CancellationToken.None);
        Volatile.Write(ref down, false);
        await MakeDueAsync(_env.ConnectionString); // an hour passes
        var second = await Cli.RunAsync(_env, "run", "--once");
        var afterRecovery = await store.QueryAsync(new ArticleQuery(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first.Exit, Is.Zero, first.Err);
            Assert.That(afterOutage.Select(a => a.Summary?.Key.Summarizer), Is.All.EqualTo("extractive"), "readers have a box during the outage");
            Assert.That(afterOutage.Select(a => a.Article.LastError), Is.All.Contain("LLM summary queued"));
            Assert.That(afterOutage.Select(a => a.Article.NextAttemptAt), Is.All.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(50)));
            Assert.That(second.Exit, Is.Zero, second.Err);
            Assert.That(afterRecovery.Select(a => a.Article.Status), Is.All.EqualTo(ArticleStatus.Summarized));
            Assert.That(afterRecovery.Select(a => a.Summary?.Key.Summarizer), Is.All.EqualTo("llm"), "the deferred LLM summaries arrived");
            Assert.That(afterRecovery.Select(a => a.Summary?.Key.Model), Is.All.EqualTo("test-model"));
        });
    }

    [Test]
    public async Task RunOnce_TwoProcessesSharingATokenBudgetOnPostgres_TenCallsInAll()
    {
        const int articles = 100;
        const int budget = 5000; // ten calls of 500 tokens
        await using var server = await PostgresFixture.StartOrIgnoreAsync();
        var connection = await server.CreateDatabaseAsync();
        await using var llm = await FakeOpenAiEndpoint.StartAsync(_ => Grounded);
        _env.Set("Summarizer__Llm__Endpoint", llm.Endpoint.AbsoluteUri);
        _env.Set("Summarizer__Llm__DailyTokenBudget", budget.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _env.Set("Summarizer__Storage__Provider", "Postgres");
        _env.Set("Summarizer__Storage__ConnectionString", connection);
        _env.Set("Summarizer__Worker__Concurrency", "1");
        _env.Source(0, "site", _site.SetNumberedArticles(articles), "urls");
        _env.Set("Summarizer__Sources__0__MaxArticlesPerRun", "1000");

        using var a = WorkerProcess.StartWith(_env, new Dictionary<string, string> { ["Summarizer__Worker__WorkerId"] = "a" }, "run", "--once");
        using var b = WorkerProcess.StartWith(_env, new Dictionary<string, string> { ["Summarizer__Worker__WorkerId"] = "b" }, "run", "--once");
        await Task.WhenAll(a.WaitForExitAsync(TimeSpan.FromMinutes(3)), b.WaitForExitAsync(TimeSpan.FromMinutes(3)));
        var outputs = await a.OutputAsync() + "\n" + await b.OutputAsync();
        var sources = await Cli.RunAsync(_env, "sources");

        await using var db = new NpgsqlConnection(connection);
        var usage = await db.QuerySingleAsync<(long Tokens, long Calls, long Reserved)>("SELECT tokens, calls, reserved_tokens FROM llm_usage");
        var bySummarizer = (await db.QueryAsync<(string Summarizer, long Count)>(
            "SELECT s.summarizer, COUNT(*) FROM articles a JOIN summaries s ON s.id = a.summary_id GROUP BY s.summarizer")).ToDictionary(r => r.Summarizer, r => r.Count);
        var nextDay = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1), TimeSpan.Zero).ToUnixTimeMilliseconds();
        var queuedForTomorrow = await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM articles WHERE status = 'pending' AND summary_id IS NOT NULL AND next_attempt_at = @nextDay", new { nextDay });
        TestContext.Out.WriteLine($"requests {llm.Requests.Count}, llm_usage tokens {usage.Tokens} calls {usage.Calls}, summaries {string.Join(", ", bySummarizer)}, queued for tomorrow {queuedForTomorrow}");
        Assert.Multiple(() =>
        {
            Assert.That(a.ExitCode, Is.Zero, outputs);
            Assert.That(b.ExitCode, Is.Zero, outputs);
            Assert.That(llm.Requests, Has.Count.EqualTo(10), "5000 tokens = ten calls of 500, across both processes");
            Assert.That(usage, Is.EqualTo((5000L, 10L, 0L)));
            Assert.That(bySummarizer.GetValueOrDefault("llm"), Is.EqualTo(10));
            Assert.That(bySummarizer.GetValueOrDefault("extractive"), Is.EqualTo(articles - 10), "every other article has the extractive box");
            Assert.That(queuedForTomorrow, Is.EqualTo(articles - 10), "and is queued for the LLM the next UTC day");
            Assert.That(sources.Out, Does.Contain("5000 of 5000 tokens").And.Contain("10 calls"));
        });
    }

    private static async Task MakeDueAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString + ";Pooling=False");
        await connection.ExecuteAsync("UPDATE articles SET next_attempt_at = 0 WHERE status = 'pending'");
    }
}
