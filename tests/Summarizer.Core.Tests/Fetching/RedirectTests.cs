using Microsoft.AspNetCore.Http;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Fetching;

/// <summary>Redirects are followed by our own handler: only to http(s), never down from https, each hop's address checked.</summary>
[TestFixture]
public sealed class RedirectTests
{
    [TestCase("gopher://127.0.0.1:70/1/secret", "gopher")]
    [TestCase("file:///etc/passwd", "file")]
    [TestCase("ftp://127.0.0.1/pub/file", "ftp")]
    [TestCase("dict://127.0.0.1:11211/stat", "dict")]
    public async Task FetchAsync_RedirectToAnotherScheme_CouldNotFetchNamingTheScheme(string target, string scheme)
    {
        await using var site = await RedirectingSiteAsync(target);
        using var services = FetchTestServices.Create();

        var error = Assert.ThrowsAsync<SummarizerException>(() => services.Fetcher().FetchAsync(site.Url("/article"), CancellationToken.None));

        Assert.That(error!.Kind, Is.EqualTo(FailureKind.CouldNotFetch));
        Assert.That(error.Message, Does.Contain($"{scheme}:").And.Contain("only http and https"));
        Assert.That(site.Requests, Has.Count.EqualTo(1), "nothing is sent to the target");
    }

    [Test]
    public async Task FetchAsync_RelativeRedirect_IsFollowedAndTheFinalUrlReported()
    {
        await using var site = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/old")
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = "/new?id=1";
                return;
            }

            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<p>new</p>");
        });
        using var services = FetchTestServices.Create();

        var page = await services.Fetcher().FetchAsync(site.Url("/old"), CancellationToken.None);

        Assert.That(page.Url, Is.EqualTo(site.Url("/new?id=1")));
        Assert.That(site.Requests.Last().Headers["User-Agent"], Does.Contain("ArabicNewsSummarizer"), "each hop keeps the request's headers");
    }

    [Test]
    public async Task FetchAsync_RedirectLoop_StopsAfterMaxRedirects()
    {
        await using var site = await RedirectingSiteAsync("/article");
        using var services = FetchTestServices.Create(maxRedirects: 3);

        var error = Assert.ThrowsAsync<SummarizerException>(() => services.Fetcher().FetchAsync(site.Url("/article"), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("more than 3 redirects"));
        Assert.That(site.Requests, Has.Count.EqualTo(4));
    }

    [Test]
    public void Target_HttpsToHttp_IsRefused()
    {
        var error = Assert.Throws<SummarizerException>(() =>
            Summarizer.Fetching.RedirectHandler.Target(new Uri("https://example.org/a"), new Uri("http://example.org/b")));

        Assert.That(error!.Message, Does.Contain("https to plain http"));
    }

    private static Task<LoopbackServer> RedirectingSiteAsync(string location) => LoopbackServer.StartAsync(context =>
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    });
}
