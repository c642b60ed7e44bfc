using Microsoft.AspNetCore.Http;
using Summarizer.Fetching.Politeness;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Fetching;

/// <summary>
/// A server that sends its headers at once and then one byte every 200 ms, for ever: each read ends with the fetch's
/// total deadline (1 s here) and the documented error, not when the server stops.
/// </summary>
[TestFixture]
public sealed class TricklingBodyTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    [Test]
    public async Task FetchAsync_PageBodyTrickles_EndsWithTheTotalTimeout()
    {
        await using var site = await LoopbackServer.StartAsync(Trickle.Of("text/html", "<html><body><p>نص</p>").WriteAsync);
        using var services = FetchTestServices.Create(Deadline);

        var error = Assert.ThrowsAsync<SummarizerException>(() => services.Fetcher().FetchAsync(site.Url("/a"), CancellationToken.None));

        Assert.That(error!.Kind, Is.EqualTo(FailureKind.CouldNotFetch));
        Assert.That(error.Message, Does.Contain("timed out").And.Contain("TotalTimeout"));
    }

    [Test]
    public async Task FetchAsync_FeedBodyTrickles_EndsWithTheTotalTimeout()
    {
        await using var site = await LoopbackServer.StartAsync(Trickle.Of("application/rss+xml", "<rss><channel><item>").WriteAsync);
        using var services = FetchTestServices.Create(Deadline);
        var feeds = services.Feeds(services.Gate(options: new PolitenessOptions { RespectRobotsTxt = false, MinDelayPerHost = TimeSpan.Zero }));

        var error = Assert.ThrowsAsync<SummarizerException>(() => feeds.FetchAsync(site.Url("/feed.xml"), null, null, CancellationToken.None));

        Assert.That(error!.Kind, Is.EqualTo(FailureKind.CouldNotFetch));
        Assert.That(error.Message, Does.Contain("timed out").And.Contain("TotalTimeout"));
    }

    [Test]
    public async Task EnterAsync_RobotsTxtTrickles_EndsWithTheDeadlineAndFetchesNothingFromTheHost()
    {
        await using var site = await LoopbackServer.StartAsync(context => context.Request.Path == "/robots.txt"
            ? Trickle.Of("text/plain", "User-agent: *\nAllow: /\n").WriteAsync(context)
            : context.Response.WriteAsync("<p>page</p>"));
        using var services = FetchTestServices.Create(Deadline);
        using var gate = services.Gate();

        var error = Assert.ThrowsAsync<RobotsUnavailableException>(() => gate.EnterAsync(site.Url("/news/1"), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("robots.txt").And.Contain("timed out"));
        Assert.That(site.Requests.Select(r => r.PathAndQuery), Is.EqualTo(new[] { "/robots.txt" }));
    }
}
