using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Fetching.Politeness;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Fetching;

/// <summary>RFC 9309 §2.3.1: robots.txt answering 4xx means no rules; 5xx (and 429, timeouts) means "disallow for now, ask again later".</summary>
[TestFixture]
public sealed class RobotsAvailabilityTests
{
    [TestCase(404)]
    [TestCase(403)]
    [TestCase(410)]
    public async Task EnterAsync_RobotsClientError_AllowsEverything(int status)
    {
        await using var site = await StartAsync(() => status);
        using var services = FetchTestServices.Create();
        using var gate = services.Gate();

        await using var admission = await gate.EnterAsync(site.Url("/news/1"), CancellationToken.None);

        Assert.That(admission, Is.Not.Null);
    }

    [TestCase(500)]
    [TestCase(503)]
    [TestCase(429)]
    public async Task EnterAsync_RobotsServerError_DisallowsForNowAndIsRetryable(int status)
    {
        await using var site = await StartAsync(() => status);
        using var services = FetchTestServices.Create();
        using var gate = services.Gate();

        var error = Assert.ThrowsAsync<RobotsUnavailableException>(() => gate.EnterAsync(site.Url("/news/1"), CancellationToken.None));

        Assert.That(error!.Kind, Is.EqualTo(FailureKind.CouldNotFetch));
        Assert.That(error, Is.Not.InstanceOf<RobotsDisallowedException>(), "a robots outage is retried later, unlike a disallow");
        Assert.That(error.Message, Does.Contain($"HTTP {status}"));
    }

    [Test]
    public async Task EnterAsync_RobotsBackAfterTheRetryDelay_IsAskedAgainAndAdmits()
    {
        var status = 503;
        await using var site = await StartAsync(() => status);
        using var services = FetchTestServices.Create();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        using var gate = services.Gate(clock, new PolitenessOptions { MinDelayPerHost = TimeSpan.Zero, RobotsRetryDelay = TimeSpan.FromMinutes(5) });
        Assert.ThrowsAsync<RobotsUnavailableException>(() => gate.EnterAsync(site.Url("/news/1"), CancellationToken.None));

        status = 200;
        Assert.ThrowsAsync<RobotsUnavailableException>(() => gate.EnterAsync(site.Url("/news/1"), CancellationToken.None), "not asked again before the delay");
        clock.Advance(TimeSpan.FromMinutes(6));
        await using var admission = await gate.EnterAsync(site.Url("/news/1"), CancellationToken.None);

        Assert.That(site.Requests.Count(r => r.PathAndQuery == "/robots.txt"), Is.EqualTo(2));
    }

    private static Task<LoopbackServer> StartAsync(Func<int> robotsStatus) => LoopbackServer.StartAsync(async context =>
    {
        if (context.Request.Path == "/robots.txt")
        {
            context.Response.StatusCode = robotsStatus();
            await context.Response.WriteAsync(context.Response.StatusCode == 200 ? "User-agent: *\nAllow: /\n" : "error");
            return;
        }

        await context.Response.WriteAsync("<p>page</p>");
    });
}
