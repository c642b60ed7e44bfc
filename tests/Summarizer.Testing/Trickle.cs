using System.Text;
using Microsoft.AspNetCore.Http;

namespace Summarizer.Testing;

/// <summary>
/// A response that sends its headers at once and then its body one byte at a time, <see cref="Interval"/> apart, for
/// ever (or until <see cref="Body"/> runs out): the slow-drip server that defeats timeouts ending at the headers.
/// </summary>
public sealed record Trickle(string ContentType, string Body, TimeSpan Interval, bool Endless = true)
{
    public static Trickle Of(string contentType, string body) => new(contentType, body, TimeSpan.FromMilliseconds(200));

    public async Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentType;
        var bytes = Encoding.UTF8.GetBytes(Body);
        try
        {
            await context.Response.StartAsync(context.RequestAborted);
            for (var i = 0; Endless || i < bytes.Length; i++)
            {
                await context.Response.Body.WriteAsync(bytes.AsMemory(i % bytes.Length, 1), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(Interval, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // the client gave up, as it should
        }
        catch (IOException)
        {
        }
    }
}
