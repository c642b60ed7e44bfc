using System.Net;
using System.Net.Sockets;
using Summarizer.Cli.Tests.Support;
using Summarizer.Testing;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Cli.Tests.Check;

/// <summary>
/// <c>summarizer check</c> against a loopback news site and the loopback OpenAI-compatible endpoint: a good setup is
/// all ✓ and exits 0; each broken part is one ✗ line naming what to fix, and a non-zero exit.
/// </summary>
[TestFixture]
public sealed class CheckCommandTests
{
    private NewsSite _site = null!;
    private string _folder = null!;

    [SetUp]
    public async Task SetUp()
    {
        _site = await NewsSite.StartAsync();
        _site.SetRss("/rss.xml", [("/news/1", "خبر أول", DateTimeOffset.UnixEpoch), ("/news/2", "خبر ثان", DateTimeOffset.UnixEpoch)]);
        _site.SetRss("/private/rss.xml", [("/news/3", "خبر ثالث", DateTimeOffset.UnixEpoch)]);
        _folder = Directory.CreateTempSubdirectory("summarizer-check-").FullName;
    }

    [TearDown]
    public async Task TearDown()
    {
        await _site.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task Check_GoodSetup_EveryLinePassesAndExitsZero()
    {
        await using var llm = await FakeOpenAiEndpoint.StartAsync(FakeReply.Text("{\"ok\":true}"));

        var run = await RunCheckAsync(Settings(llm.Endpoint, ("Summarizer__Sources__0__Url", _site.Url("/rss.xml").AbsoluteUri)));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Out + run.Error);
            Assert.That(run.Out, Does.Not.Contain(CheckMark.Failed));
            Assert.That(Line(run, "configuration"), Does.StartWith("✓"));
            Assert.That(Line(run, "store"), Does.StartWith("✓").And.Contain("not created yet"));
            Assert.That(Line(run, "llm"), Does.StartWith("✓").And.Contain("model found, key accepted, JSON schema output accepted"));
            Assert.That(Line(run, "source 'news'"), Does.StartWith("✓").And.Contain("2 articles listed"));
            Assert.That(llm.Requests, Has.Count.EqualTo(1), "one tiny request");
            Assert.That(llm.Requests[0].Body, Does.Contain("json_schema"));
        });
    }

    [Test]
    public async Task Check_Migrate_CreatesTheStoreAndReportsItsVersion()
    {
        var withoutMigrate = await RunCheckAsync(Settings(null));
        var migrated = await RunCheckAsync(Settings(null), "--migrate");
        var after = await RunCheckAsync(Settings(null));

        Assert.Multiple(() =>
        {
            Assert.That(Line(withoutMigrate, "store"), Does.Contain("not created yet"));
            Assert.That(Line(migrated, "store"), Does.StartWith("✓").And.Contain("schema version").And.Contain("up to date"));
            Assert.That(Line(after, "store"), Does.StartWith("✓").And.Contain("up to date"));
            Assert.That(Line(after, "llm"), Does.StartWith("·").And.Contain("none configured"));
            Assert.That(after.ExitCode, Is.EqualTo(ExitCodes.Success), after.Out);
        });
    }

    [Test]
    public async Task Check_StoreUnreachable_FailsTheStoreLine()
    {
        var settings = Settings(null,
            ("Summarizer__Storage__Provider", "Postgres"),
            ("Summarizer__Storage__ConnectionString", $"Host=127.0.0.1;Port={ClosedPort()};Database=news;Username=news;Timeout=3"));

        var run = await RunCheckAsync(settings);

        AssertFails(run, "store", "cannot open it");
    }

    [Test]
    public async Task Check_EndpointRefused_FailsTheLlmLine()
    {
        var run = await RunCheckAsync(Settings(new Uri($"http://127.0.0.1:{ClosedPort()}/v1/")));

        AssertFails(run, "llm", "cannot connect", "Summarizer__Llm__Endpoint");
    }

    [TestCase(401, "key was refused", "Summarizer__Llm__ApiKey")]
    [TestCase(404, "model 'news-model' or the endpoint was not found", "Summarizer__Llm__Model")]
    [TestCase(400, "JSON schema", "Summarizer__Llm__ResponseFormat")]
    public async Task Check_EndpointAnswersError_FailsTheLlmLineNamingTheSetting(int status, string cause, string setting)
    {
        await using var llm = await FakeOpenAiEndpoint.StartAsync(FakeReply.Error(status));

        var run = await RunCheckAsync(Settings(llm.Endpoint));

        AssertFails(run, "llm", cause, setting);
    }

    [Test]
    public async Task Check_FeedMissing_FailsTheSourceLine()
    {
        var run = await RunCheckAsync(Settings(null, ("Summarizer__Sources__0__Url", _site.Url("/gone.xml").AbsoluteUri)));

        AssertFails(run, "source 'news'", "404");
    }

    [Test]
    public async Task Check_RobotsDisallowFeed_FailsTheSourceLine()
    {
        var run = await RunCheckAsync(Settings(null, ("Summarizer__Sources__0__Url", _site.Url("/private/rss.xml").AbsoluteUri)));

        AssertFails(run, "source 'news'", "robots.txt disallows /private/rss.xml");
    }

    [Test]
    public async Task Check_InvalidConfiguration_FailsEveryProblemAndExitsUsage()
    {
        var run = await RunCheckAsync(Settings(null, ("Summarizer__Fetching__Timeout", "banana"), ("Summarizer__Worker__Concurrency", "0")));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
            Assert.That(run.Out, Does.Contain("✗ configuration: Summarizer__Fetching__Timeout='banana' is not a time span"));
            Assert.That(run.Out, Does.Contain("✗ configuration: Summarizer__Worker__Concurrency='0' is out of range"));
        });
    }

    private static class CheckMark
    {
        public const string Failed = "✗";
    }

    private static void AssertFails(CliRun run, string check, params string[] words)
    {
        var line = Line(run, check);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.CheckFailed), run.Out + run.Error);
            Assert.That(line, Does.StartWith("✗"), run.Out);
            foreach (var word in words)
            {
                Assert.That(line, Does.Contain(word));
            }

            Assert.That(run.Out.Split('\n').Count(l => l.StartsWith('✗')), Is.EqualTo(1), "only the broken part fails: " + run.Out);
            Assert.That(run.Error, Does.Contain("1 checks failed"));
        });
    }

    private static string Line(CliRun run, string check) =>
        run.Out.Split('\n').FirstOrDefault(l => l.Length > 2 && l[2..].StartsWith(check, StringComparison.Ordinal)) ?? $"(no '{check}' line in:\n{run.Out})";

    private (string Name, string Value)[] Settings(Uri? llm, params (string Name, string Value)[] extra)
    {
        var settings = new List<(string, string)>
        {
            ("Summarizer__Storage__ConnectionString", $"Data Source={Path.Combine(_folder, "data", "summarizer.db")};Pooling=False"),
            ("Summarizer__Fetching__AllowPrivateNetworks", "true"),
            ("Summarizer__Fetching__MaxRetries", "0"),
            ("Summarizer__Politeness__MinDelayPerHost", "00:00:00"),
            ("Summarizer__Sources__0__Name", "news"),
        };
        if (llm is not null)
        {
            settings.AddRange([
                ("Summarizer__Llm__Provider", "OpenAI"), ("Summarizer__Llm__Endpoint", llm.AbsoluteUri),
                ("Summarizer__Llm__Model", "news-model"), ("Summarizer__Llm__ApiKey", "sk-test"), ("Summarizer__Llm__MaxRetries", "0"),
            ]);
        }

        // A source needs a URL; tests that are not about sources leave it out (a note, not a failure).
        var all = settings.Concat(extra).ToList();
        if (!all.Any(s => s.Item1 == "Summarizer__Sources__0__Url"))
        {
            all.RemoveAll(s => s.Item1 == "Summarizer__Sources__0__Name");
        }

        return [.. all];
    }

    private static Task<CliRun> RunCheckAsync((string Name, string Value)[] settings, params string[] args) =>
        CliRun.RunAsync(new TestSettings([.. settings.Select(s => (s.Name, (string?)s.Value))]), ["check", .. args]);

    /// <summary>A loopback port nothing listens on: bound once to get a free number, then closed.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
