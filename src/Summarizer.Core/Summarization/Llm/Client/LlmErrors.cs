using System.Net;
using System.Net.Sockets;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Summarizer.Summarization.Llm.Client;

/// <summary>
/// Turns what the HTTP stack throws into one <see cref="SummarizerException"/> whose message names the cause and the
/// setting to check. Messages are built here from status codes only: never from the server's body, never with the key.
/// </summary>
internal static class LlmErrors
{
    public static SummarizerException From(Exception exception, LlmOptions options)
    {
        var chain = Chain(exception).ToList();
        var message = chain switch
        {
            _ when chain.OfType<SummarizerException>().FirstOrDefault() is { } ours => ours.Message, // from our own handlers
            _ when chain.OfType<TimeoutRejectedException>().Any() =>
                $"LLM endpoint did not answer within {options.Timeout.TotalSeconds:0.###} s: raise Summarizer__Llm__Timeout or check the server",
            _ when chain.OfType<BrokenCircuitException>().Any() =>
                "LLM calls are paused after too many failures in a row (circuit open): check the endpoint, then retry",
            _ when chain.OfType<HttpOperationException>().FirstOrDefault(e => e.StatusCode is not null) is { } http =>
                ForStatus(http.StatusCode!.Value, options),
            _ when chain.OfType<SocketException>().FirstOrDefault() is { } socket =>
                $"could not connect to the LLM endpoint {Describe(options)}: {socket.SocketErrorCode}: check Summarizer__Llm__Endpoint and that the server runs",
            _ when chain.OfType<HttpRequestException>().Any() =>
                $"could not reach the LLM endpoint {Describe(options)}: check Summarizer__Llm__Endpoint and the network",
            _ when chain.OfType<OperationCanceledException>().Any() =>
                $"LLM call timed out after {options.TotalTimeout.TotalSeconds:0.###} s in all (Summarizer__Llm__TotalTimeout)",
            _ => $"LLM call failed ({exception.GetType().Name})",
        };
        return LlmUnavailable.Exception(message); // no inner exception: its message may carry the server body, and so the key
    }

    public static SummarizerException Answer(string cause) => new(FailureKind.SummarizationFailed, cause);

    private static string ForStatus(HttpStatusCode status, LlmOptions options)
    {
        var code = $"LLM endpoint answered {(int)status} {Reason(status)}";
        return (int)status switch
        {
            401 => $"{code}: check Summarizer__Llm__ApiKey",
            403 => $"{code}: check Summarizer__Llm__ApiKey and the key's access to model '{options.Model}'",
            404 => $"{code}: check Summarizer__Llm__Endpoint and Summarizer__Llm__Model ('{options.Model}')",
            400 => $"{code}: the request was refused; if the server does not support JSON schema output, set Summarizer__Llm__ResponseFormat=JsonObject or PromptOnly",
            408 or 429 => $"{code} after {options.MaxRetries} retries: lower Summarizer__Llm__MaxConcurrency, RequestsPerMinute or TokensPerMinute",
            >= 500 => $"{code} after {options.MaxRetries} retries: the LLM server failed",
            _ => code,
        };
    }

    private static string Reason(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => "Too Many Requests",
        HttpStatusCode.InternalServerError => "Internal Server Error",
        HttpStatusCode.BadGateway => "Bad Gateway",
        HttpStatusCode.ServiceUnavailable => "Service Unavailable",
        HttpStatusCode.GatewayTimeout => "Gateway Timeout",
        HttpStatusCode.RequestTimeout => "Request Timeout",
        HttpStatusCode.NotFound => "Not Found",
        HttpStatusCode.BadRequest => "Bad Request",
        _ => status.ToString(),
    };

    /// <summary>Scheme, host and port only: a URL's path or query could carry a secret.</summary>
    private static string Describe(LlmOptions options) =>
        options.Endpoint is { } e ? $"{e.Scheme}://{e.Authority}" : "api.openai.com";

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
