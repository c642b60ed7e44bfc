using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Summarizer.Core.Tests.Fetching;
using Summarizer.Fetching.Politeness;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Testing;
using Summarizer.Worker;

namespace Summarizer.Core.Tests.Worker;

/// <summary>
/// Polling against a loopback site with an in-memory queue standing for the store: the cap counts new URLs only and the
/// rest are queued by later polls (never lost to a 304); a broken child sitemap fails alone; a trickling feed ends with
/// the poll's own time budget.
/// </summary>
[TestFixture]
public sealed class SourcePollerTests
{
    private readonly HashSet<string> _queue = [];
    private readonly Mock<IArticleQueue> _store = new();
    private readonly Mock<ISourceStateStore> _sources = new();
    private SourceState? _state;

    [SetUp]
    public void SetUp()
    {
        _store.Setup(s => s.EnqueueAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<DiscoveredArticle>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, IReadOnlyList<DiscoveredArticle> articles, CancellationToken _) => articles.Count(a => _queue.Add(a.Url.AbsoluteUri)));
        _sources.Setup(s => s.UpsertSourceAsync(It.IsAny<SourceState>(), It.IsAny<CancellationToken>()))
            .Callback((SourceState state, CancellationToken _) => _state = state).Returns(Task.CompletedTask);
    }

    [Test]
    public async Task PollAsync_FeedOf300WithCap100_QueuesAHundredAPollUntilAllAreQueued()
    {
        await using var site = await LoopbackServer.StartAsync(FeedWithETag(300));
        using var services = FetchTestServices.Create();
        var source = Source(site.Url("/feed.xml"), cap: 100);
        var sut = CreateSut(services);

        var queued = new List<int>();
        for (var poll = 0; poll < 5; poll++)
        {
            queued.Add(await sut.PollAsync(source, _state, CancellationToken.None));
        }

        Assert.That(queued, Is.EqualTo(new[] { 100, 100, 100, 0, 0 }));
        Assert.That(_queue, Has.Count.EqualTo(300));
        Assert.That(_state!.LastStatus, Is.EqualTo(304), "once everything is queued the validators are kept and the feed answers 304");
    }

    [Test]
    public async Task PollAsync_OneChildSitemapMissing_TheOthersAreQueuedAndTheFailureNamed()
    {
        await using var site = await LoopbackServer.StartAsync(async context =>
        {
            var path = context.Request.Path.Value!;
            var body = path switch
            {
                "/index.xml" => Index("/a.xml", "/missing.xml", "/b.xml"),
                "/a.xml" => UrlSet("/news/1", "/news/2"),
                "/b.xml" => UrlSet("/news/3"),
                _ => null,
            };
            context.Response.StatusCode = body is null ? 404 : 200;
            context.Response.ContentType = "application/xml";
            await context.Response.WriteAsync(body ?? "not found");

            string Index(params string[] children) =>
                "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" +
                string.Concat(children.Select(c => $"<sitemap><loc>http://{context.Request.Host}{c}</loc></sitemap>")) + "</sitemapindex>";

            string UrlSet(params string[] pages) =>
                "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" +
                string.Concat(pages.Select(p => $"<url><loc>http://{context.Request.Host}{p}</loc></url>")) + "</urlset>";
        });
        using var services = FetchTestServices.Create();

        var queued = await CreateSut(services).PollAsync(Source(site.Url("/index.xml"), cap: 100), null, CancellationToken.None);

        Assert.That(queued, Is.EqualTo(3));
        Assert.That(_state!.ConsecutiveFailures, Is.Zero);
        Assert.That(_state.LastError, Does.Contain("missing.xml").And.Contain("404"));
        Assert.That(_state.ETag, Is.Null, "not kept: the next poll reads the index again and retries the missing child");
    }

    [Test]
    public async Task PollAsync_FeedTrickles_EndsWithThePollBudgetAndIsRecordedAsFailed()
    {
        await using var site = await LoopbackServer.StartAsync(Trickle.Of("application/rss+xml", "<rss><channel>").WriteAsync);
        using var services = FetchTestServices.Create(totalTimeout: TimeSpan.FromMinutes(5));
        var sut = CreateSut(services, pollBudget: TimeSpan.FromSeconds(1));

        var queued = await sut.PollAsync(Source(site.Url("/feed.xml"), cap: 100), null, CancellationToken.None);

        Assert.That(queued, Is.EqualTo(-1));
        Assert.That(_state!.LastError, Does.Contain("SourceTimeBudget"));
        Assert.That(_state.ConsecutiveFailures, Is.EqualTo(1));
    }

    private SourcePoller CreateSut(Microsoft.Extensions.DependencyInjection.ServiceProvider services, TimeSpan? pollBudget = null)
    {
        var gate = services.Gate(options: new PolitenessOptions { RespectRobotsTxt = false, MinDelayPerHost = TimeSpan.Zero });
        var discoverer = new SourceDiscoverer(services.Feeds(gate));
        var options = Options.Create(new WorkerOptions { SourceTimeBudget = pollBudget ?? TimeSpan.FromMinutes(1) });
        return new SourcePoller(discoverer, _store.Object, _sources.Object, options, TimeProvider.System, NullLogger<SourcePoller>.Instance);
    }

    private static SourceOptions Source(Uri url, int cap) => new() { Name = "test", Url = url, MaxArticlesPerRun = cap };

    /// <summary>An RSS feed of <paramref name="count"/> items with an ETag, answering 304 to a matching If-None-Match.</summary>
    private static Func<HttpContext, Task> FeedWithETag(int count) => async context =>
    {
        const string etag = "\"v1\"";
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = (int)HttpStatusCode.NotModified;
            return;
        }

        var items = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            items.Append(CultureInfo.InvariantCulture, $"<item><title>خبر {i}</title><link>http://{context.Request.Host}/news/{i}</link></item>");
        }

        context.Response.Headers.ETag = etag;
        context.Response.ContentType = "application/rss+xml";
        await context.Response.WriteAsync($"<rss version=\"2.0\"><channel><title>t</title>{items}</channel></rss>");
    };
}
