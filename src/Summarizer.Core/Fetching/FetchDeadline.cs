namespace Summarizer.Fetching;

/// <summary>
/// The fetch's whole time budget (<see cref="FetchingOptions.TotalTimeout"/>) over headers AND body. The resilience
/// handler's timeouts end when the headers arrive; without this a server sending one byte a second holds the read for ever.
/// </summary>
internal sealed class FetchDeadline : IDisposable
{
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationTokenSource _linked;

    private FetchDeadline(TimeSpan limit, TimeProvider time, CancellationToken cancellationToken)
    {
        Limit = limit;
        _deadline = new CancellationTokenSource(limit, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _deadline.Token);
    }

    public TimeSpan Limit { get; }

    /// <summary>Cancelled by the caller or when the deadline passes.</summary>
    public CancellationToken Token => _linked.Token;

    public bool Expired => _deadline.IsCancellationRequested;

    public static FetchDeadline Start(TimeSpan limit, TimeProvider time, CancellationToken cancellationToken) => new(limit, time, cancellationToken);

    public void Dispose()
    {
        _linked.Dispose();
        _deadline.Dispose();
    }
}
