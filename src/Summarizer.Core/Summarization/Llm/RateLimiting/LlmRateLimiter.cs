using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Summarizer.Summarization.Llm.RateLimiting;

/// <summary>
/// One per process, shared by every article: at most <see cref="LlmOptions.MaxConcurrency"/> calls in flight, and
/// no more requests and tokens per minute than configured. Callers wait in order; nothing is dropped.
/// </summary>
internal sealed class LlmRateLimiter : IDisposable
{
    private readonly ConcurrencyLimiter _concurrency;
    private readonly TokenBucketRateLimiter? _requests;
    private readonly TokenBucketRateLimiter? _tokens;
    private readonly int _tokensPerMinute;

    public LlmRateLimiter(IOptions<LlmOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = o.MaxConcurrency,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _requests = o.RequestsPerMinute > 0 ? PerMinute(o.RequestsPerMinute) : null;
        _tokens = o.TokensPerMinute > 0 ? PerMinute(o.TokensPerMinute) : null;
        _tokensPerMinute = o.TokensPerMinute;
    }

    /// <summary>Waits for a slot for one call that may use up to <paramref name="tokens"/> tokens; dispose the lease when the call ends.</summary>
    public async ValueTask<IDisposable> AcquireAsync(int tokens, CancellationToken cancellationToken)
    {
        if (_requests is not null)
        {
            using var request = await Acquire(_requests, 1, cancellationToken);
        }

        if (_tokens is not null)
        {
            // A call larger than the whole per-minute budget waits for a full bucket rather than failing.
            using var budget = await Acquire(_tokens, Math.Min(tokens, _tokensPerMinute), cancellationToken);
        }

        return await Acquire(_concurrency, 1, cancellationToken);
    }

    public void Dispose()
    {
        _concurrency.Dispose();
        _requests?.Dispose();
        _tokens?.Dispose();
    }

    private static async ValueTask<RateLimitLease> Acquire(RateLimiter limiter, int permits, CancellationToken cancellationToken)
    {
        var lease = await limiter.AcquireAsync(Math.Max(1, permits), cancellationToken);
        return lease.IsAcquired ? lease : throw new InvalidOperationException("The LLM rate limiter refused a permit.");
    }

    /// <summary>A bucket that holds one minute's worth and refills evenly, at least once a second.</summary>
    internal static TokenBucketRateLimiter PerMinute(int perMinute)
    {
        var period = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(60.0 / perMinute);
        var perPeriod = perMinute >= 60 ? (int)Math.Ceiling(perMinute / 60.0) : 1;
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}
