using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.ML.Tokenizers;

namespace Summarizer.Testing.OpenAi;

/// <summary>
/// An OpenAI-compatible chat completions endpoint on a real loopback HTTP server: answers
/// <c>POST /v1/chat/completions</c> with the replies a test chooses (content, status, delay, Retry-After, usage)
/// and records every request. Point the LLM settings at <see cref="Endpoint"/>.
/// </summary>
public sealed class FakeOpenAiEndpoint : IAsyncDisposable
{
    private static readonly Lazy<Tokenizer> O200k = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    private readonly ConcurrentQueue<FakeChatRequest> _requests = new();
    private LoopbackServer _server = null!;
    private int _count;

    private FakeOpenAiEndpoint()
    {
    }

    /// <summary>The base URL to configure, ending in <c>/v1/</c>.</summary>
    public Uri Endpoint => new(_server.BaseAddress, "v1/");

    /// <summary>Requests in the order they arrived.</summary>
    public IReadOnlyList<FakeChatRequest> Requests => _requests.OrderBy(r => r.Index).ToList();

    /// <summary>Every reply comes from <paramref name="responder"/>, given the parsed request.</summary>
    /// <param name="port">0 for any free port.</param>
    public static async Task<FakeOpenAiEndpoint> StartAsync(Func<FakeChatRequest, FakeReply> responder, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(responder);
        var endpoint = new FakeOpenAiEndpoint();
        endpoint._server = await LoopbackServer.StartAsync(endpoint.HandleAsync(responder), port);
        return endpoint;
    }

    /// <summary>Answers with <paramref name="replies"/> in order; the last one answers every later request too.</summary>
    public static Task<FakeOpenAiEndpoint> StartAsync(params FakeReply[] replies)
    {
        ArgumentOutOfRangeException.ThrowIfZero(replies.Length);
        return StartAsync(request => replies[Math.Min(request.Index, replies.Length - 1)]);
    }

    /// <summary>Tokens of a text in the o200k encoding.</summary>
    public static int CountTokens(string text) => string.IsNullOrEmpty(text) ? 0 : O200k.Value.CountTokens(text);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private Func<HttpContext, Task> HandleAsync(Func<FakeChatRequest, FakeReply> responder) => async context =>
    {
        // OpenAI: /v1/chat/completions; Azure OpenAI: /openai/deployments/{deployment}/chat/completions?api-version=...
        if (context.Request.Path.Value?.EndsWith("/chat/completions", StringComparison.Ordinal) != true || context.Request.Method != "POST")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new FakeChatRequest(
            Interlocked.Increment(ref _count) - 1,
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        _requests.Enqueue(request);

        var reply = responder(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up
            }
        }

        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json";
        if (reply.WriteBody is { } write)
        {
            await write(context);
            return;
        }

        await context.Response.WriteAsync(reply.RawBody ?? Completion(request, reply), context.RequestAborted);
    };

    private static string Completion(FakeChatRequest request, FakeReply reply)
    {
        var promptTokens = reply.PromptTokens ?? PromptTokens(request);
        var completionTokens = reply.CompletionTokens ?? CountTokens(reply.Content ?? "");
        var choices = reply.NoChoices
            ? Array.Empty<object>()
            : [new { index = 0, message = new { role = "assistant", content = reply.Content }, finish_reason = reply.FinishReason }];
        object completion = reply.OmitUsage
            ? new { id = $"chatcmpl-{request.Index}", @object = "chat.completion", created = 1_700_000_000, model = request.Model, choices }
            : new
            {
                id = $"chatcmpl-{request.Index}",
                @object = "chat.completion",
                created = 1_700_000_000,
                model = request.Model,
                choices,
                usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
            };
        return JsonSerializer.Serialize(completion);
    }

    /// <summary>As OpenAI counts: each message's content plus a few framing tokens, and the response format schema.</summary>
    private static int PromptTokens(FakeChatRequest request)
    {
        var tokens = 3 + request.Messages.Sum(m => 4 + CountTokens(m.Content));
        return request.ResponseFormat is { } format ? tokens + CountTokens(format.GetRawText()) : tokens;
    }
}
