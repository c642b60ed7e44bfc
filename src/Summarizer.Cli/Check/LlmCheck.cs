using System.Net;
using System.Net.Sockets;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;
using Summarizer.Summarization.Llm;

namespace Summarizer.Cli.Check;

/// <summary>
/// One tiny chat completion with the configured model, key and response format, so that a wrong model, a refused key
/// or a server without JSON schema output shows now rather than on the first article.
/// </summary>
internal static class LlmCheck
{
    private const string Schema = """{"type":"object","properties":{"ok":{"type":"boolean"}},"required":["ok"],"additionalProperties":false}""";

    public static async Task RunAsync(Kernel? kernel, LlmOptions options, CheckReport report, CancellationToken cancellationToken)
    {
        if (kernel is null || options.Provider == LlmProvider.None)
        {
            report.Inform("llm", "none configured; the extractive summarizer writes the summaries (docs/llm.md says how to add one)");
            return;
        }

        var name = $"llm ({options.Provider} {Describe(options)}, model '{options.Model}')";
        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = 0,
            MaxTokens = 16,
            ResponseFormat = options.ResponseFormat switch
            {
                LlmResponseFormat.JsonSchema => ChatResponseFormat.CreateJsonSchemaFormat("check", BinaryData.FromString(Schema), jsonSchemaIsStrict: true),
                LlmResponseFormat.JsonObject => ChatResponseFormat.CreateJsonObjectFormat(),
                _ => null,
            },
        };
        var history = new ChatHistory();
        history.AddUserMessage("""Answer with the JSON object {"ok": true} and nothing else.""");
        try
        {
            var reply = await kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentAsync(history, settings, kernel, cancellationToken);
            var format = options.ResponseFormat switch
            {
                LlmResponseFormat.JsonSchema => "JSON schema output accepted",
                LlmResponseFormat.JsonObject => "JSON object output accepted",
                _ => "no response format requested (PromptOnly)",
            };
            report.Pass(name, $"model found, key accepted, {format}; answered {Quote(reply.Content)}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            report.Fail(name, Explain(ex, options));
        }
    }

    /// <summary>From status codes and socket errors only: never the server's body, never the key.</summary>
    private static string Explain(Exception exception, LlmOptions options)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case HttpOperationException { StatusCode: { } status }:
                    return (int)status switch
                    {
                        401 => "the key was refused (401 Unauthorized): check Summarizer__Llm__ApiKey",
                        403 => $"the key may not use model '{options.Model}' (403 Forbidden): check Summarizer__Llm__ApiKey and Summarizer__Llm__Model",
                        404 => $"model '{options.Model}' or the endpoint was not found (404): check Summarizer__Llm__Model and Summarizer__Llm__Endpoint",
                        400 => "the request was refused (400 Bad Request); if the server does not support JSON schema output, set Summarizer__Llm__ResponseFormat=JsonObject or PromptOnly",
                        _ => $"the endpoint answered {(int)status} {status}",
                    };
                case SocketException socket:
                    return $"cannot connect to {Describe(options)} ({socket.SocketErrorCode}): check Summarizer__Llm__Endpoint and that the server runs";
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } request:
                    return $"cannot connect to {Describe(options)} ({request.HttpRequestError}): check Summarizer__Llm__Endpoint and that the server runs";
            }
        }

        return $"the call failed ({exception.GetType().Name}): run summarizer check --verbose for details";
    }

    private static string Quote(string? text) =>
        text is null ? "nothing" : text.Length <= 40 ? $"'{text.ReplaceLineEndings(" ")}'" : $"'{text[..40].ReplaceLineEndings(" ")}…'";

    /// <summary>Scheme, host and port only: a URL's path or query could carry a secret.</summary>
    private static string Describe(LlmOptions options) =>
        options.Endpoint is { } e ? $"{e.Scheme}://{e.Authority}" : "api.openai.com";
}
