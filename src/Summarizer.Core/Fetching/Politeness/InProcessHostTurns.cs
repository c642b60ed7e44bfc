using System.Collections.Concurrent;

namespace Summarizer.Fetching.Politeness;

/// <summary>The host turns of one process: a lock and a next allowed time per host.</summary>
internal sealed class InProcessHostTurns(TimeProvider time) : IHostTurns
{
    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IHostTurn> TakeAsync(string host, CancellationToken cancellationToken)
    {
        var state = _hosts.GetOrAdd(host, _ => new Host());
        await state.Lock.WaitAsync(cancellationToken);
        try
        {
            var wait = state.NextAllowed - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            return new Turn(state, time);
        }
        catch
        {
            state.Lock.Release();
            throw;
        }
    }

    private sealed class Host
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Turn(Host host, TimeProvider time) : IHostTurn
    {
        private int _ended;

        public TimeSpan DelayAfter { get; set; }

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                host.NextAllowed = time.GetUtcNow() + DelayAfter;
                host.Lock.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
