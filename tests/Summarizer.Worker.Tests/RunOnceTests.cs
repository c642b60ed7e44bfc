using Summarizer.Storage;
using Summarizer.Testing;

namespace Summarizer.Worker.Tests;

/// <summary><c>summarizer run --once</c> against a loopback Arabic news site, store in a temp SQLite file.</summary>
[TestFixture]
public sealed class RunOnceTests
{
    private static readonly DateTimeOffset Day = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private NewsSite _site = null!;
    private WorkerEnvironment _env = null!;

    [SetUp]
    public async Task SetUp()
    {
        _site = await NewsSite.StartAsync();
        _env = new WorkerEnvironment();
        for (var i = 1; i <= 5; i++)
        {
            _site.SetArticle($"/news/{i}", $"خبر رقم {i}", variant: i);
        }

        // the same text as /news/1 under another URL: summarized once
        _site.SetArticle("/copy/1", "خبر رقم 1", variant: 1);
        _site.SetArticle("/private/secret", "سري", variant: 2);
        _site.SetRss("/feed.xml", [
            ("/news/1?utm_source=rss#top", "خبر رقم 1", Day),
            ("/news/2", "خبر رقم 2", Day),
            ("/news/3", "خبر رقم 3", Day),
            ("/private/secret", "سري", Day),
        ]);
        // an index that lists itself (a loop) and a Google News sitemap
        _site.SetSitemapIndex("/sitemap.xml", ["/sitemap.xml", "/news-sitemap.xml"]);
        _site.SetNewsSitemap("/news-sitemap.xml", [
            ("/news/3", "خبر رقم 3", Day), ("/news/4", "خبر رقم 4", Day), ("/news/5", "خبر رقم 5", Day), ("/copy/1", "خبر رقم 1", Day),
        ]);
        _env.Source(0, "feed", _site.Url("/feed.xml"));
        _env.Source(1, "sitemap", _site.Url("/sitemap.xml"));
    }

    [TearDown]
    public async Task TearDown()
    {
        _env.Dispose();
        await _site.DisposeAsync();
    }

    private static Task<IReadOnlyList<StoredArticle>> AllAsync(IArticleLookup store) =>
        store.QueryAsync(new ArticleQuery(), CancellationToken.None);

    [Test]
    public async Task RunOnce_FeedAndSitemap_StoresSummaryForEveryArticle()
    {
        var (exit, _, err) = await Cli.RunAsync(_env, "run", "--once");

        using var store = _env.OpenStore();
        var articles = await AllAsync(store);
        var byPath = articles.ToDictionary(a => new Uri(a.Article.Url).PathAndQuery);
        // /news/1 (feed) and /copy/1 (sitemap) have one text: whichever the parallel polls queued first is summarized and the
        // other is skipped as its duplicate. Which one that is depends on which poll the machine happened to run first.
        var pair = new[] { byPath["/news/1"], byPath["/copy/1"] };
        Assert.That(pair.Select(a => a.Article.Status), Is.EquivalentTo(new[] { ArticleStatus.Summarized, ArticleStatus.Skipped }), "one text, summarized once");
        var kept = pair.Single(a => a.Article.Status == ArticleStatus.Summarized);
        var copy = pair.Single(a => a.Article.Status == ArticleStatus.Skipped);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, err);
            Assert.That(byPath.Keys, Is.EquivalentTo(new[] { "/news/1", "/news/2", "/news/3", "/news/4", "/news/5", "/copy/1", "/private/secret" }));
            Assert.That(Enumerable.Range(2, 4).Select(i => byPath[$"/news/{i}"].Article.Status), Is.All.EqualTo(ArticleStatus.Summarized));
            Assert.That(kept.Summary!.Summary.Summary, Does.Contain("الحكومة").Or.Contain("وقال").Or.Contain("ويتوقع"));
            Assert.That(kept.Article.Title, Is.EqualTo("خبر رقم 1"));
            Assert.That(copy.Article.Status, Is.EqualTo(ArticleStatus.Skipped));
            Assert.That(copy.Article.LastError, Is.EqualTo($"duplicate of article {kept.Article.Id} (same text)"));
            Assert.That(byPath["/private/secret"].Article.Status, Is.EqualTo(ArticleStatus.Failed));
            Assert.That(byPath["/private/secret"].Article.LastError, Does.Contain("robots.txt"));
            Assert.That(_site.Count("/private/"), Is.Zero, "a page robots.txt disallows is never requested");
            Assert.That(articles.Select(a => a.Summary?.Id).OfType<long>().Distinct().Count(), Is.EqualTo(5));
        });
    }

    [Test]
    public async Task RunOnce_SecondPass_Gets304AndSummarizesNothing()
    {
        await Cli.RunAsync(_env, "run", "--once");
        var articleRequests = _site.Count("/news/");

        var (exit, _, err) = await Cli.RunAsync(_env, "run", "--once");

        var feedRequests = _site.Log.Where(l => l.Path == "/feed.xml").ToList();
        using var store = _env.OpenStore();
        var summaries = (await AllAsync(store)).Select(a => a.Summary?.Id).OfType<long>().Distinct().Count();
        var source = await store.GetSourceAsync("feed", CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(err, Does.Contain("0 summarized"));
            Assert.That(feedRequests, Has.Count.EqualTo(2));
            Assert.That(feedRequests[1].Status, Is.EqualTo(304));
            Assert.That(_site.Log.Where(l => l.Path == "/sitemap.xml").Last().Status, Is.EqualTo(304));
            Assert.That(_site.Count("/news/"), Is.EqualTo(articleRequests), "no article fetched again");
            Assert.That(summaries, Is.EqualTo(5));
            Assert.That(source!.LastStatus, Is.EqualTo(304));
        });
    }

    [Test]
    public async Task RunOnce_ChangedArticle_GetsNewSummaryAndKeepsOld()
    {
        await Cli.RunAsync(_env, "run", "--once");
        _site.SetArticle("/news/2", "خبر رقم 2 محدث", variant: 4);
        _site.SetRss("/feed.xml", [("/news/2", "خبر رقم 2 محدث", Day.AddHours(3))]);

        await Cli.RunAsync(_env, "run", "--once");

        using var store = _env.OpenStore();
        var article = await store.FindArticleByUrlAsync(_site.Url("/news/2").AbsoluteUri, CancellationToken.None);
        var summaries = await store.GetSummariesAsync(article!.Id, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(article.Status, Is.EqualTo(ArticleStatus.Summarized));
            Assert.That(article.Title, Is.EqualTo("خبر رقم 2 محدث"));
            Assert.That(summaries, Has.Count.EqualTo(2));
            Assert.That(article.SummaryId, Is.EqualTo(summaries[^1].Id));
        });
    }

    [Test]
    public async Task RunOnce_RobotsDisallowsEverything_NoArticleFetched()
    {
        _site.SetRobots("User-agent: *\nDisallow: /\n");

        await Cli.RunAsync(_env, "run", "--once");

        using var store = _env.OpenStore();
        var (_, sources, _) = await Cli.RunAsync(_env, "sources");
        Assert.Multiple(async () =>
        {
            Assert.That(_site.Log.Select(l => l.Path), Is.All.EqualTo("/robots.txt"));
            Assert.That(await AllAsync(store), Is.Empty);
            Assert.That(sources, Does.Contain("disallowed by robots.txt"));
        });
    }

    [Test]
    public async Task RunOnce_FailingArticle_BacksOffThenStaysFailedWhileOthersSucceed()
    {
        _site.Set("/news/2", "boom", "text/plain", status: 500);
        _env.Set("Summarizer__Worker__MaxAttempts", "3");

        await Cli.RunAsync(_env, "run", "--once");

        using var store = _env.OpenStore();
        var failed = await store.QueryAsync(new ArticleQuery(Status: ArticleStatus.Failed), CancellationToken.None);
        var broken = failed.Single(a => a.Article.Url.EndsWith("/news/2", StringComparison.Ordinal)).Article;
        var (_, list, _) = await Cli.RunAsync(_env, "list", "--status", "failed");
        Assert.Multiple(async () =>
        {
            Assert.That(broken.Attempts, Is.EqualTo(3));
            Assert.That(broken.LastError, Does.Contain("500"));
            Assert.That(_site.Log.Count(l => l.Path == "/news/2"), Is.EqualTo(3));
            Assert.That((await store.QueryAsync(new ArticleQuery(Status: ArticleStatus.Summarized), CancellationToken.None)).Count, Is.EqualTo(4));
            Assert.That(list, Does.Contain("/news/2").And.Contain("HTTP 500"));
        });
    }

    [Test]
    public async Task RunOnce_FailingArticle_WaitsForBackoffBeforeRetrying()
    {
        _site.Set("/news/2", "boom", "text/plain", status: 503);
        _env.Set("Summarizer__Worker__RetryBaseDelay", "01:00:00");

        await Cli.RunAsync(_env, "run", "--once");
        await Cli.RunAsync(_env, "run", "--once");

        using var store = _env.OpenStore();
        var article = await store.FindArticleByUrlAsync(_site.Url("/news/2").AbsoluteUri, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(article!.Status, Is.EqualTo(ArticleStatus.Pending));
            Assert.That(article.Attempts, Is.EqualTo(1));
            Assert.That(article.NextAttemptAt, Is.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(50)));
            Assert.That(_site.Log.Count(l => l.Path == "/news/2"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task RunOnce_BrokenSources_RecordedAndOthersGoOn()
    {
        _site.Set("/bad.xml", "this is <not xml", "application/xml");
        _env.Source(2, "not-xml", _site.Url("/bad.xml"), "rss");
        _env.Source(3, "missing", _site.Url("/missing.xml"));

        var (exit, _, _) = await Cli.RunAsync(_env, "run", "--once");
        var (_, sources, _) = await Cli.RunAsync(_env, "sources");

        using var store = _env.OpenStore();
        var lines = sources.Split('\n');
        Assert.Multiple(async () =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(lines.Single(l => l.StartsWith("not-xml", StringComparison.Ordinal)), Does.Contain("not a feed"));
            Assert.That(lines.Single(l => l.StartsWith("missing", StringComparison.Ordinal)), Does.Contain("HTTP 404"));
            Assert.That((await store.QueryAsync(new ArticleQuery(Status: ArticleStatus.Summarized), CancellationToken.None)).Count, Is.EqualTo(5));
        });
    }
}
