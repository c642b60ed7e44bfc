using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Fetching;
using Summarizer.Fetching.Politeness;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Fetching;

/// <summary>
/// The per-host spacing on a clock the test moves: no test here waits on the wall clock. A second request to a host
/// whose robots.txt is cached reaches its timer without yielding, so the clock can be moved as soon as it is asked for.
/// </summary>
[TestFixture]
public sealed class PolitenessGateTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    [Test]
    public async Task EnterAsync_SecondRequestToOneHost_WaitsForMinDelayPerHost()
    {
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse>());
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        using var services = CreateServices();
        using var sut = CreateSut(services, time, minDelay: TimeSpan.FromMilliseconds(200), robots: false);

        await (await sut.EnterAsync(site.Url("/a"), CancellationToken.None).WaitAsync(Guard)).DisposeAsync();
        var second = sut.EnterAsync(site.Url("/b"), CancellationToken.None);
        var waitedBefore = !second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(199));
        var waitedAt199 = !second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await (await second.WaitAsync(Guard)).DisposeAsync();

        Assert.Multiple(() =>
        {
            Assert.That(waitedBefore, Is.True);
            Assert.That(waitedAt199, Is.True, "199 ms after the first request is too early");
        });
    }

    [Test]
    public async Task EnterAsync_CrawlDelayLongerThanMinDelay_WaitsForTheCrawlDelay()
    {
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse>
        {
            ["/robots.txt"] = new(200, "User-agent: *\nCrawl-delay: 0.3\nDisallow: /private/\n"u8.ToArray(), "text/plain"),
        });
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        using var services = CreateServices();
        using var sut = CreateSut(services, time, minDelay: TimeSpan.FromMilliseconds(100));

        // Reading robots.txt is a request too: the first page waits its turn after it.
        await (await AdvanceUntilDoneAsync(time, sut.EnterAsync(site.Url("/a"), CancellationToken.None), TimeSpan.FromMilliseconds(300))).DisposeAsync();
        var second = sut.EnterAsync(site.Url("/b"), CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(299));
        var waitedAt299 = !second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await (await second.WaitAsync(Guard)).DisposeAsync();

        Assert.That(waitedAt299, Is.True, "the robots.txt Crawl-delay of 300 ms wins over MinDelayPerHost");
    }

    [Test]
    public async Task EnterAsync_OtherHost_DoesNotWait()
    {
        await using var one = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse>());
        await using var two = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse>());
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        using var services = CreateServices();
        using var sut = CreateSut(services, time, minDelay: TimeSpan.FromMinutes(5), robots: false);

        await (await sut.EnterAsync(one.Url("/a"), CancellationToken.None).WaitAsync(Guard)).DisposeAsync();
        await using var admitted = await sut.EnterAsync(two.Url("/a"), CancellationToken.None).WaitAsync(Guard);

        Assert.That(admitted, Is.Not.Null);
    }

    /// <summary>Moves the clock by <paramref name="step"/> until <paramref name="task"/> ends; it waits on real I/O in between.</summary>
    private static async Task<T> AdvanceUntilDoneAsync<T>(FakeTimeProvider time, Task<T> task, TimeSpan step)
    {
        var deadline = DateTime.UtcNow + Guard;
        while (!task.IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(step);
            await Task.WhenAny(task, Task.Delay(10));
        }

        return await task.WaitAsync(Guard);
    }

    private static PolitenessGate CreateSut(ServiceProvider services, TimeProvider time, TimeSpan minDelay, bool robots = true) => new(
        services.GetRequiredService<IHttpClientFactory>(),
        Options.Create(new PolitenessOptions { MinDelayPerHost = minDelay, RespectRobotsTxt = robots }),
        services.GetRequiredService<IOptions<FetchingOptions>>(),
        time,
        NullLogger<PolitenessGate>.Instance);

    private static ServiceProvider CreateServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Fetching:AllowPrivateNetworks"] = "true",
            ["Summarizer:Fetching:MaxRetries"] = "0",
        }).Build();
        return new ServiceCollection().AddLogging().AddFetching(configuration).BuildServiceProvider();
    }
}
