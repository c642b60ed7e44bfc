using System.Text.Json;
using Summarizer.Testing;

namespace Summarizer.Worker.Tests.Sources;

/// <summary>
/// A feed and a sitemap of one site that both list an article: after a pass, <c>list</c>, <c>show</c>, <c>sources</c>
/// and <c>export</c> credit both sources (the first one listed used to show 0). Each store provider runs it.
/// </summary>
public abstract class SharedArticleTests
{
    private static readonly DateTimeOffset Day = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    private protected NewsSite Site { get; private set; } = null!;

    private protected WorkerEnvironment Env { get; private set; } = null!;

    /// <summary>Points <see cref="Env"/> at this provider's store.</summary>
    private protected abstract Task UseStoreAsync(WorkerEnvironment environment);

    [SetUp]
    public async Task SetUp()
    {
        Site = await NewsSite.StartAsync();
        Env = new WorkerEnvironment();
        await UseStoreAsync(Env);
        Site.SetArticle("/news/shared", "خبر مشترك", 1);
        Site.SetArticle("/news/feed-only", "خبر الموجز", 2);
        Site.SetArticle("/news/map-only", "خبر الخريطة", 3);
        Site.SetRss("/feed.xml", [("/news/shared", "خبر مشترك", Day), ("/news/feed-only", "خبر الموجز", Day)]);
        Site.SetNewsSitemap("/sitemap.xml", [("/news/shared?utm_source=map", "خبر مشترك", Day), ("/news/map-only", "خبر الخريطة", Day)]);
        Env.Source(0, "wire", Site.Url("/feed.xml"));
        Env.Source(1, "map", Site.Url("/sitemap.xml"));
        var (exit, _, err) = await Cli.RunAsync(Env, "run", "--once", "--quiet");
        Assert.That(exit, Is.Zero, err);
    }

    [TearDown]
    public async Task TearDown()
    {
        Env.Dispose();
        await Site.DisposeAsync();
    }

    [Test]
    public async Task List_ArticleOfTwoSources_CreditsBothAndEachSourceFilterFindsIt()
    {
        var all = await Cli.RunAsync(Env, "list");
        var wire = await Cli.RunAsync(Env, "list", "--source", "wire");
        var map = await Cli.RunAsync(Env, "list", "--source", "map");
        var shared = all.Out.Split('\n').Single(l => l.Contains("/news/shared", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(all.Exit, Is.Zero, all.Err);
            Assert.That(all.Out, Does.StartWith("id\tstatus\tsources\t"));
            Assert.That(shared.Split('\t')[2], Is.EqualTo("wire, map").Or.EqualTo("map, wire"));
            Assert.That(all.Out, Does.Contain("\twire\t").And.Contain("\tmap\t"), "the articles one source found name that one only");
            Assert.That(Paths(wire.Out), Is.EquivalentTo(new[] { "/news/shared", "/news/feed-only" }));
            Assert.That(Paths(map.Out), Is.EquivalentTo(new[] { "/news/shared", "/news/map-only" }));
        });
    }

    [Test]
    public async Task Show_ArticleOfTwoSources_NamesBoth()
    {
        var (exit, output, err) = await Cli.RunAsync(Env, "show", Site.Url("/news/shared").AbsoluteUri);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, err);
            Assert.That(output, Does.Contain("\nsources: wire, map\n").Or.Contain("\nsources: map, wire\n"));
            Assert.That(output, Does.Contain("status: summarized"));
            Assert.That(output, Does.Contain("\nsummarizer: extractive\nmodel: -\nprompt version: extractive-"), "every field labelled");
        });
    }

    [Test]
    public async Task Sources_ArticleOfTwoSources_CountedForEach()
    {
        var (exit, output, err) = await Cli.RunAsync(Env, "sources");
        var rows = output.Split('\n').Where(l => l.StartsWith("wire\t", StringComparison.Ordinal) || l.StartsWith("map\t", StringComparison.Ordinal))
            .ToDictionary(l => l.Split('\t')[0], l => l.Split('\t'));
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, err);
            Assert.That(rows.Keys, Is.EquivalentTo(new[] { "wire", "map" }));
            // name, enabled, last poll, status, new, poll failures, articles, summarized, failed, pending
            Assert.That(rows.Values.Select(r => (r[6], r[7])), Is.All.EqualTo(("2", "2")), output);
        });
    }

    [Test]
    public async Task Export_ArticleOfTwoSources_EveryFormatNamesBoth()
    {
        var jsonl = await Cli.RunAsync(Env, "export", "--format", "jsonl");
        var markdown = await Cli.RunAsync(Env, "export", "--format", "markdown");
        var html = await Cli.RunAsync(Env, "export", "--format", "html");
        var documents = jsonl.Out.Trim().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var shared = documents.Single(d => d.GetProperty("url").GetString()!.EndsWith("/news/shared", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(jsonl.Exit, Is.Zero, jsonl.Err);
            Assert.That(documents, Has.Count.EqualTo(3));
            Assert.That(shared.GetProperty("sources").EnumerateArray().Select(s => s.GetString()), Is.EquivalentTo(new[] { "wire", "map" }));
            Assert.That(markdown.Out, Does.Contain("sources: wire, map").Or.Contain("sources: map, wire"));
            Assert.That(html.Out, Does.Contain("sources: wire, map").Or.Contain("sources: map, wire"));
        });
    }

    private static IEnumerable<string> Paths(string listOutput) =>
        listOutput.Trim().Split('\n').Skip(1).Select(l => new Uri(l.Split('\t')[6]).AbsolutePath);
}

[TestFixture]
public sealed class SqliteSharedArticleTests : SharedArticleTests
{
    private protected override Task UseStoreAsync(WorkerEnvironment environment) => Task.CompletedTask;
}

[TestFixture]
public sealed class PostgresSharedArticleTests : SharedArticleTests
{
    private PostgresServer? _server;

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

    private protected override async Task UseStoreAsync(WorkerEnvironment environment)
    {
        environment.Set("Summarizer__Storage__Provider", "Postgres");
        environment.Set("Summarizer__Storage__ConnectionString", await _server!.CreateDatabaseAsync());
    }
}
