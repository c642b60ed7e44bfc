using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Summarizer.Http;

/// <summary>The settings every outgoing client (pages and feeds, the LLM) gives the standard resilience handler.</summary>
internal static class StandardResilience
{
    /// <param name="maxRetries">0 means no retry at all (Polly itself needs at least one allowed attempt).</param>
    /// <param name="neverRetry">Failures that waiting cannot fix, on top of the non-transient ones.</param>
    public static void Apply(
        HttpStandardResilienceOptions resilience, TimeSpan attemptTimeout, TimeSpan totalTimeout, int maxRetries,
        Func<Outcome<HttpResponseMessage>, bool>? neverRetry = null)
    {
        resilience.AttemptTimeout.Timeout = attemptTimeout;
        resilience.TotalRequestTimeout.Timeout = totalTimeout;
        resilience.Retry.MaxRetryAttempts = Math.Max(1, maxRetries);
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(
            maxRetries > 0 && neverRetry?.Invoke(args.Outcome) != true && HttpClientResiliencePredicates.IsTransient(args.Outcome));

        // The breaker's window must be at least twice an attempt's timeout.
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, (2 * attemptTimeout.TotalSeconds) + 1));
    }
}
