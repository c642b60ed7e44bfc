using System.Globalization;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Summarizer.Summarization.Llm.Client;

/// <summary>
/// One Information line per failed LLM attempt that will be retried ("LLM answered 503; retry 2 of 4 in 4 s"), in its
/// own category so it can be on by default while the rest of the LLM's Information lines stay off: during a minute of
/// retries it is the only sign that the tool is alive. The last failure is reported once, by whoever gives up.
/// </summary>
internal static partial class LlmAttemptLog
{
    public const string Category = "Summarizer.Llm.Attempts";

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Cause}; retry {Retry} of {MaxRetries} in {DelaySeconds} s")]
    private static partial void Retrying(ILogger logger, string cause, int retry, int maxRetries, string delaySeconds);

    public static void Retrying(ILogger logger, OnRetryArguments<HttpResponseMessage> args, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Retrying(logger, Cause(args.Outcome, options), args.AttemptNumber + 1, options.MaxRetries,
            args.RetryDelay.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture));
    }

    /// <summary>From the status code or the exception type only: never the server's body.</summary>
    private static string Cause(Outcome<HttpResponseMessage> outcome, LlmOptions options) => outcome switch
    {
        { Result: { } response } => $"LLM answered {(int)response.StatusCode}",
        { Exception: TimeoutRejectedException } =>
            $"LLM did not answer within {options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s",
        { Exception: HttpRequestException { InnerException: SocketException socket } } => $"could not connect to the LLM ({socket.SocketErrorCode})",
        { Exception: { } exception } => $"LLM call failed ({exception.GetType().Name})",
        _ => "LLM call failed",
    };
}
