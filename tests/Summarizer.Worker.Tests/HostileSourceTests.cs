using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Summarizer.Storage;
using Summarizer.Testing;

namespace Summarizer.Worker.Tests;

/// <summary>
/// <c>summarizer run --once</c> against hostile servers: a feed and a robots.txt that trickle for ever end with the fetch
/// deadline and the pass finishes; a feed title with newlines, tabs and bidi controls and a reason phrase with terminal
/// escapes reach neither the store nor <c>list</c> (one row per article, one column per field).
/// </summary>
[TestFixture]
public sealed class HostileSourceTests
{
    private WorkerEnvironment _env = null!;

    [SetUp]
    public void SetUp() => _env = new WorkerEnvironment();

    [TearDown]
    public void TearDown() => _env.Dispose();

    [Test]
    public async Task RunOnce_TricklingFeedAndTricklingRobots_PassFinishesWithBothSourcesFailed()
    {
        await using var feedSite = await LoopbackServer.StartAsync(context => context.Request.Path == "/feed.xml"
            ? Trickle.Of("application/rss+xml", "<rss><channel>").WriteAsync(context)
            : NotFound(context));
        await using var robotsSite = await LoopbackServer.StartAsync(context => context.Request.Path == "/robots.txt"
            ? Trickle.Of("text/plain", "User-agent: *\n").WriteAsync(context)
            : NotFound(context));
        _env.Set("Summarizer__Fetching__TotalTimeout", "00:00:02");
        _env.Set("Summarizer__Fetching__Timeout", "00:00:02");
        _env.Source(0, "trickling-feed", feedSite.Url("/feed.xml"));
        _env.Source(1, "trickling-robots", robotsSite.Url("/feed.xml"));

        var (exit, _, err) = await Cli.RunAsync(_env, "run", "--once");

        using var store = _env.OpenStore();
        var feed = await store.GetSourceAsync("trickling-feed", CancellationToken.None);
        var robots = await store.GetSourceAsync("trickling-robots", CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, err);
            Assert.That(feed!.LastError, Does.Contain("timed out"));
            Assert.That(robots!.LastError, Does.Contain("robots.txt").And.Contain("timed out"));
            Assert.That(robotsSite.Requests.Select(r => r.PathAndQuery), Is.EqualTo(new[] { "/robots.txt" }), "nothing else is fetched from a host whose robots.txt cannot be read");
        });
    }

    [Test]
    public async Task RunOnce_HostileFeedTitleAndReasonPhrase_StoredCleanAndListedOneRowEach()
    {
        await using var site = await LoopbackServer.StartAsync(async context =>
        {
            switch (context.Request.Path.Value)
            {
                case "/feed.xml":
                    var items = string.Concat(Enumerable.Range(1, 3).Select(i =>
                        $"<item><title>خبر\n\t{i}\t\u202Eforged\tsummarized\t</title><link>http://{context.Request.Host}/news/{i}</link></item>"));
                    context.Response.ContentType = "application/rss+xml; charset=utf-8";
                    await context.Response.WriteAsync($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>{items}</channel></rss>");
                    break;
                case var path when path?.StartsWith("/news/", StringComparison.Ordinal) == true:
                    context.Response.StatusCode = 500;
                    context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "Oops\u001b]0;pwned\u0007\u001b[2J\u202E";
                    break;
                default:
                    await NotFound(context);
                    break;
            }
        });
        _env.Set("Summarizer__Worker__MaxAttempts", "1");
        _env.Source(0, "hostile", site.Url("/feed.xml"));

        var (exit, _, err) = await Cli.RunAsync(_env, "run", "--once");
        var list = await Cli.RunAsync(_env, "list");

        using var store = _env.OpenStore();
        var articles = await store.QueryAsync(new ArticleQuery(), CancellationToken.None);
        var rows = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, err);
            Assert.That(articles, Has.Count.EqualTo(3));
            foreach (var (article, _) in articles)
            {
                Assert.That(article.Title, Does.StartWith("خبر ").And.EndWith("forged summarized"));
                Assert.That(article.Title!.IndexOfAny(['\n', '\t', '\u202E']), Is.EqualTo(-1), "ordinal: NUnit's culture-aware Contains ignores U+202E");
                Assert.That(article.LastError, Does.Contain("HTTP 500 Oops"));
                AssertClean(article.LastError!);
            }

            Assert.That(rows, Has.Length.EqualTo(4), "a header and one row each: " + list.Out);
            Assert.That(rows[0], Does.StartWith("id\tstatus\t"));
            Assert.That(rows.Select(r => r.Split('\t').Length), Is.All.EqualTo(8), "id, status, source, attempts, time, title, URL, error");
            AssertClean(list.Out + list.Err);
        });
    }

    private static void AssertClean(string text) =>
        Assert.That(text.Where(c => (char.IsControl(c) && c is not ('\n' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            .Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)), Is.Empty);

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
}
