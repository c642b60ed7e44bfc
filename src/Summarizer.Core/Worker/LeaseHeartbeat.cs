using Microsoft.Extensions.Logging;
using Summarizer.Storage;

namespace Summarizer.Worker;

/// <summary>
/// Renews one article's lease every third of <see cref="StorageOptions.LeaseDuration"/> while it is in work, so an
/// article slower than the lease (a long LLM map-reduce) is not taken by a second worker, and the lease itself can stay
/// short (a killed worker's articles come back quickly). If the lease was lost anyway (the worker stalled past it and
/// another took the article), <see cref="Lost"/> is cancelled: this worker stops and writes nothing.
/// </summary>
internal sealed class LeaseHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _lost = new();
    private readonly Task _loop;

    public LeaseHeartbeat(IArticleQueue store, long articleId, string workerId, TimeSpan lease, TimeProvider time, ILogger logger)
    {
        _loop = RunAsync(store, articleId, workerId, lease, time, logger);
    }

    /// <summary>Cancelled when the store says another worker holds the article now.</summary>
    public CancellationToken Lost => _lost.Token;

    public bool IsLost => _lost.IsCancellationRequested;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task RunAsync(IArticleQueue store, long articleId, string workerId, TimeSpan lease, TimeProvider time, ILogger logger)
    {
        var beat = lease / 3;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(beat, time, _stop.Token);
                if (!await store.RenewLeaseAsync(articleId, workerId, lease, _stop.Token))
                {
                    WorkerLog.LeaseLost(logger, articleId);
                    await _lost.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A store blip skips one beat; the lease is three beats long.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                WorkerLog.LeaseRenewalFailed(logger, articleId, ex.Message);
            }
        }
    }
}
