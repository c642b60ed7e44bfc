using System.Net;
using Microsoft.AspNetCore.Http;
using Summarizer.Fetching;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Fetching;

/// <summary>
/// The address check runs on every connection the handler opens, so a redirect to a refused address is stopped too.
/// 127.0.0.1 stands for an allowed public host and 127.0.0.2 for a private one (both are loopback on Linux).
/// </summary>
[TestFixture]
public sealed class GuardedConnectorTests
{
    private static readonly IPAddress Allowed = IPAddress.Parse("127.0.0.1");

    [Test]
    public async Task SendAsync_RedirectToARefusedAddress_IsStoppedBeforeConnecting()
    {
        await using var inside = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("secret"), 0, "127.0.0.2");
        await using var outside = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = inside.Url("/metadata").AbsoluteUri;
            return Task.CompletedTask;
        });
        using var client = CreateSut();

        var error = Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(outside.Url("/article")));

        Assert.That(error!.InnerException, Is.TypeOf<PrivateNetworkRefusedException>());
        Assert.That(outside.Requests, Has.Count.EqualTo(1));
        Assert.That(inside.Requests, Is.Empty);
    }

    [Test]
    public async Task SendAsync_AllowedAddress_Connects()
    {
        await using var outside = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("نص"));
        using var client = CreateSut();

        Assert.That(await client.GetStringAsync(outside.Url("/article")), Is.EqualTo("نص"));
    }

    private static HttpClient CreateSut() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = true,
        ConnectCallback = (context, ct) => GuardedConnector.ConnectAsync(context, address => address.Equals(Allowed), ct),
    });
}
