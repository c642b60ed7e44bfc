using System.IO.Compression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Summarizer.Fetching;
using Summarizer.Fetching.Politeness;
using Summarizer.Sources;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Sources;

[TestFixture]
public sealed class ConditionalFetcherTests
{
    [Test]
    public async Task FetchAsync_CompressedFeedOverTheLimit_IsStoppedWhileStreaming()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes("<rss>" + new string(' ', 2_000_000) + "</rss>"));
        }

        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse>
        {
            ["/feed.xml"] = new(200, compressed.ToArray(), "application/rss+xml", Headers: new Dictionary<string, string> { ["Content-Encoding"] = "gzip" }),
        });
        using var services = CreateServices(maxBytes: 100_000);

        var error = Assert.ThrowsAsync<SummarizerException>(() => CreateSut(services).FetchAsync(site.Url("/feed.xml"), null, null, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("download limit"));
    }

    [Test]
    public async Task FetchAsync_LoopbackByDefault_NamesTheSettingThatAllowsIt()
    {
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse> { ["/feed.xml"] = LoopbackResponse.Html("<rss/>") });
        using var services = CreateServices(maxBytes: 100_000, allowPrivate: false);

        var error = Assert.ThrowsAsync<SummarizerException>(() => CreateSut(services).FetchAsync(site.Url("/feed.xml"), null, null, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("AllowPrivateNetworks"));
    }

    private static ConditionalFetcher CreateSut(ServiceProvider services)
    {
        var gate = new Mock<IPolitenessGate>();
        gate.Setup(g => g.EnterAsync(It.IsAny<Uri>(), It.IsAny<CancellationToken>())).ReturnsAsync(Mock.Of<IAsyncDisposable>());
        return new ConditionalFetcher(services.GetRequiredService<IHttpClientFactory>(), gate.Object,
            services.GetRequiredService<IOptions<FetchingOptions>>(), TimeProvider.System);
    }

    private static ServiceProvider CreateServices(long maxBytes, bool allowPrivate = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Fetching:AllowPrivateNetworks"] = allowPrivate.ToString(),
            ["Summarizer:Fetching:MaxDownloadBytes"] = maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Summarizer:Fetching:MaxRetries"] = "0",
        }).Build();
        return new ServiceCollection().AddLogging().AddFetching(configuration).BuildServiceProvider();
    }
}
