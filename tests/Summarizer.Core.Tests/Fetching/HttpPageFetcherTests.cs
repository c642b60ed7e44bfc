using System.IO.Compression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Fetching;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Fetching;

[TestFixture]
public sealed class HttpPageFetcherTests
{
    private const string Page = "<html lang=\"ar\"><body><p>نص الخبر</p></body></html>";

    [Test]
    public async Task FetchAsync_LoopbackWithPrivateNetworksAllowed_ReturnsBodyAndContentType()
    {
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse> { ["/a"] = LoopbackResponse.Html(Page) });
        using var services = CreateServices(allowPrivate: true);

        var page = await CreateSut(services).FetchAsync(site.Url("/a"), CancellationToken.None);

        Assert.That(System.Text.Encoding.UTF8.GetString(page.Content.Span), Is.EqualTo(Page));
        Assert.That(page.ContentType, Is.EqualTo("text/html"));
        Assert.That(page.Charset, Is.EqualTo("utf-8"));
    }

    [Test]
    public async Task FetchAsync_LoopbackByDefault_IsRefusedWithoutConnecting()
    {
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse> { ["/a"] = LoopbackResponse.Html(Page) });
        using var services = CreateServices(allowPrivate: false);

        var error = Assert.ThrowsAsync<SummarizerException>(() => CreateSut(services).FetchAsync(site.Url("/a"), CancellationToken.None));

        Assert.That(error!.Kind, Is.EqualTo(FailureKind.CouldNotFetch));
        Assert.That(error.Message, Does.Contain("AllowPrivateNetworks"));
        Assert.That(site.Requests, Is.Empty);
    }

    [Test]
    public async Task FetchAsync_LocalhostByName_IsRefused()
    {
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse> { ["/a"] = LoopbackResponse.Html(Page) });
        using var services = CreateServices(allowPrivate: false);
        var byName = new Uri($"http://localhost:{site.BaseAddress.Port}/a");

        var error = Assert.ThrowsAsync<SummarizerException>(() => CreateSut(services).FetchAsync(byName, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("localhost"));
        Assert.That(site.Requests, Is.Empty);
    }

    [Test]
    public async Task FetchAsync_BodyOverTheLimit_IsRefused()
    {
        var big = new byte[200_000];
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse> { ["/big"] = new(200, big, "text/html") });
        using var services = CreateServices(allowPrivate: true, maxBytes: 100_000);

        var error = Assert.ThrowsAsync<SummarizerException>(() => CreateSut(services).FetchAsync(site.Url("/big"), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("download limit"));
    }

    [Test]
    public async Task FetchAsync_GzipBombUnderTheWireLimit_IsStoppedAfterDecompression()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(new byte[5_000_000]);
        }

        var headers = new Dictionary<string, string> { ["Content-Encoding"] = "gzip" };
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse>
        {
            ["/bomb"] = new(200, compressed.ToArray(), "text/html", Headers: headers),
        });
        using var services = CreateServices(allowPrivate: true, maxBytes: 1_000_000);
        Assert.That(compressed.Length, Is.LessThan(1_000_000));

        var error = Assert.ThrowsAsync<SummarizerException>(() => CreateSut(services).FetchAsync(site.Url("/bomb"), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("download limit"));
    }

    [Test]
    public async Task FetchAsync_BrotliBombUnderTheWireLimit_IsStoppedAfterDecompression()
    {
        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            brotli.Write(new byte[50_000_000]);
        }

        var headers = new Dictionary<string, string> { ["Content-Encoding"] = "br" };
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse>
        {
            ["/bomb"] = new(200, compressed.ToArray(), "text/html", Headers: headers),
        });
        using var services = CreateServices(allowPrivate: true, maxBytes: 1_000_000);
        Assert.That(compressed.Length, Is.LessThan(10_000), "50 MB of zeros is a few bytes of brotli");

        var error = Assert.ThrowsAsync<SummarizerException>(() => CreateSut(services).FetchAsync(site.Url("/bomb"), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("download limit"));
    }

    [Test]
    public async Task FetchAsync_ServerError_IsRetriedThenReported()
    {
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse> { ["/e"] = LoopbackResponse.WithStatus(503) });
        using var services = CreateServices(allowPrivate: true, retries: 1);

        var error = Assert.ThrowsAsync<SummarizerException>(() => CreateSut(services).FetchAsync(site.Url("/e"), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("503"));
        Assert.That(site.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void FetchAsync_FileScheme_IsBadInput()
    {
        using var services = CreateServices(allowPrivate: true);

        var error = Assert.ThrowsAsync<SummarizerException>(() => CreateSut(services).FetchAsync(new Uri("file:///etc/passwd"), CancellationToken.None));

        Assert.That(error!.Kind, Is.EqualTo(FailureKind.BadInput));
    }

    private static IPageFetcher CreateSut(ServiceProvider services) => services.GetRequiredService<IPageFetcher>();

    private static ServiceProvider CreateServices(bool allowPrivate, long maxBytes = 10_000_000, int retries = 0)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Fetching:AllowPrivateNetworks"] = allowPrivate.ToString(),
            ["Summarizer:Fetching:MaxDownloadBytes"] = maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Summarizer:Fetching:MaxRetries"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Summarizer:Fetching:Timeout"] = "00:00:05",
        }).Build();
        return new ServiceCollection().AddLogging().AddFetching(configuration).BuildServiceProvider();
    }
}
