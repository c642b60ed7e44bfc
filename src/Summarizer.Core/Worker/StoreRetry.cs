using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Summarizer.Worker;

/// <summary>
/// Runs a store operation of the worker pass again while the store is away (the database stopped, restarting, the
/// network gone): waits <see cref="WorkerOptions.StoreRetryDelay"/>, doubling up to <see cref="WorkerOptions.StoreRetryMaxDelay"/>,
/// and gives up with <see cref="StoreUnavailableException"/> after <see cref="WorkerOptions.StoreUnavailableTimeout"/>.
/// Other exceptions pass through at once.
/// </summary>
public sealed class StoreRetry(IOptions<WorkerOptions> options, TimeProvider time, ILogger<StoreRetry> logger)
{
    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var settings = options.Value;
        DateTimeOffset? since = null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await action(cancellationToken);
                if (since is not null)
                {
                    WorkerLog.StoreBack(logger, operation, time.GetUtcNow() - since.Value);
                }

                return result;
            }
            catch (Exception ex) when (StoreFaults.IsUnavailable(ex) && !cancellationToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                since ??= now;
                if (now - since.Value >= settings.StoreUnavailableTimeout)
                {
                    throw new StoreUnavailableException(
                        $"the store is unavailable ({ex.Message}); gave up after {settings.StoreUnavailableTimeout} (Summarizer__Worker__StoreUnavailableTimeout)", ex);
                }

                var delay = ExponentialBackoff.Delay(settings.StoreRetryDelay, settings.StoreRetryMaxDelay, attempt);
                WorkerLog.StoreUnavailable(logger, operation, attempt, delay, ex.Message);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }
}
