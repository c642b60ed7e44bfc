using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Summarizer.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port, standing in for a news site or an LLM endpoint.
/// Every request is recorded (method, path, headers, body) so tests can assert on what was sent.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Starts a server whose every request is answered by <paramref name="handler"/>.</summary>
    public static Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler) => StartAsync(handler, port: 0);

    /// <summary>Starts a server on <paramref name="port"/> of 127.0.0.1 (0: a free one).</summary>
    public static Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler, int port) => StartAsync(handler, port, "127.0.0.1");

    /// <summary>Starts a server on another loopback address such as 127.0.0.2, to stand for a second host.</summary>
    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler, int port, string loopbackAddress)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{loopbackAddress}:{port}");
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(async context =>
        {
            context.Request.EnableBuffering();
            using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            context.Request.Body.Position = 0;
            server.Requests.Enqueue(new RecordedRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body));
            await handler(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Starts a server that serves fixed responses by path; unknown paths answer 404.</summary>
    public static Task<LoopbackServer> StartAsync(IReadOnlyDictionary<string, LoopbackResponse> routes) =>
        StartAsync(async context =>
        {
            if (!routes.TryGetValue(context.Request.Path, out var response))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            if (response.Delay > TimeSpan.Zero)
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }

            context.Response.StatusCode = response.Status;
            if (response.ContentType is not null)
            {
                context.Response.ContentType = response.ContentType;
            }

            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
        });

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);

public sealed record LoopbackResponse(int Status, byte[] Body, string? ContentType, TimeSpan Delay = default, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static LoopbackResponse Html(string html) => new(200, System.Text.Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

    public static LoopbackResponse WithStatus(int status) => new(status, [], "text/plain");
}
