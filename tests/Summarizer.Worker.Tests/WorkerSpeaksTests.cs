using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Summarizer.Hosting;
using Summarizer.Storage;
using Summarizer.Testing;

namespace Summarizer.Worker.Tests;

/// <summary>
/// The worker says what it does at Information level by default: a start line (store, sources, schedules), one line
/// per pass and a stop line; <c>run --once</c> words its pass the same way, <c>--quiet</c> silences it, and with no
/// sources it says where they are configured.
/// </summary>
[TestFixture]
public sealed class WorkerSpeaksTests
{
    private NewsSite _site = null!;
    private WorkerEnvironment _env = null!;

    [SetUp]
    public async Task SetUp()
    {
        _site = await NewsSite.StartAsync();
        _env = new WorkerEnvironment();
        _site.SetArticle("/news/1", "خبر رقم 1", variant: 1);
        _site.SetArticle("/news/2", "خبر رقم 2", variant: 2);
        _site.SetRss("/feed.xml", [("/news/1", "خبر رقم 1", DateTimeOffset.UnixEpoch), ("/news/2", "خبر رقم 2", DateTimeOffset.UnixEpoch)]);
    }

    [TearDown]
    public async Task TearDown()
    {
        _env.Dispose();
        await _site.DisposeAsync();
    }

    [Test]
    public async Task Service_DefaultLogging_StartLinePassLineStopLine()
    {
        _env.Source(0, "wire", _site.Url("/feed.xml"));
        _env.Set("Summarizer__Sources__0__Schedule", "*/15 * * * *");
        _env.Set("Summarizer__Worker__PollInterval", "01:00:00"); // one pass, then the service waits
        var lines = new ConcurrentQueue<(LogLevel Level, string Message)>();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.AddSummarizer(_env.AddTo, _env.Time);
        builder.Services.AddStorage(builder.Configuration).AddWorker(builder.Configuration);
        builder.Logging.ClearProviders(); // captured, not printed: a quiet test run
        builder.Logging.AddProvider(new CapturingProvider(lines));
        using var host = builder.Build();
        var service = ActivatorUtilities.CreateInstance<WorkerService>(host.Services);

        await service.StartAsync(CancellationToken.None);
        var passed = await WaitForAsync(() => lines.Any(l => l.Message.StartsWith("Pass:", StringComparison.Ordinal)), TimeSpan.FromMinutes(3));
        await service.StopAsync(CancellationToken.None);

        var info = lines.Where(l => l.Level == LogLevel.Information).Select(l => l.Message).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(passed, Is.True, string.Join('\n', lines));
            Assert.That(info, Has.Count.EqualTo(3), "start, one pass, stop: " + string.Join('\n', info));
            Assert.That(info[0], Does.StartWith("Worker started: store sqlite ").And.Contain(_env.Folder)
                .And.Contain("1 sources: wire (*/15 * * * *)").And.Contain("checked every 01:00:00"));
            Assert.That(info[1], Does.StartWith("Pass: 1 sources polled (0 failed), 2 new articles; 2 summarized, 0 reused, 0 skipped, 0 to retry, 0 failed; ")
                .And.EndWith(" s; no LLM calls"));
            Assert.That(info[2], Is.EqualTo("Worker stopped after 1 passes: 2 summarized, 0 failed; no LLM calls"));
            Assert.That(lines.Where(l => l.Level == LogLevel.Debug || l.Level == LogLevel.Trace), Is.Empty, "per-article lines are Debug, below the default");
        });
    }

    [Test]
    public async Task RunOnce_NoSources_SaysWhereSourcesAreConfigured()
    {
        var (exit, _, err) = await Cli.RunAsync(_env, "run", "--once");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, err);
            Assert.That(err, Does.Contain("summarizer: no sources configured: add them under Summarizer:Sources in appsettings.json, or set Summarizer__Sources__0__Url"));
            Assert.That(err, Does.Contain("summarizer: 0 sources polled"));
        });
    }

    [Test]
    public async Task RunOnce_Default_PrintsThePassLine()
    {
        _env.Source(0, "wire", _site.Url("/feed.xml"));

        var (exit, _, err) = await Cli.RunAsync(_env, "run", "--once");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, err);
            Assert.That(err, Does.Match(@"summarizer: 1 sources polled \(0 failed\), 2 new articles; 2 summarized, 0 reused, 0 skipped, 0 to retry, 0 failed; \d+\.\d s; no LLM calls"));
        });
    }

    [Test]
    public async Task RunOnce_Quiet_PrintsNothingWhenAllGoesWell()
    {
        _env.Source(0, "wire", _site.Url("/feed.xml"));

        var (exit, output, err) = await Cli.RunAsync(_env, "run", "--once", "--quiet");

        using var store = _env.OpenStore();
        var summarized = await store.QueryAsync(new Storage.ArticleQuery(Status: Storage.ArticleStatus.Summarized), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, err);
            Assert.That(err, Is.Empty);
            Assert.That(output, Is.Empty);
            Assert.That(summarized, Has.Count.EqualTo(2), "quiet, but the work is done");
        });
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!condition())
        {
            try
            {
                await Task.Delay(50, cts.Token);
            }
            catch (OperationCanceledException)
            {
                return condition();
            }
        }

        return true;
    }

    private sealed class CapturingProvider(ConcurrentQueue<(LogLevel, string)> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel, string)> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
