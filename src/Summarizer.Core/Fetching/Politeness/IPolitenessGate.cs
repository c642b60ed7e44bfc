namespace Summarizer.Fetching.Politeness;

/// <summary>
/// Admits one request: robots.txt checked (throws <see cref="RobotsDisallowedException"/>), one request at a time per host,
/// the per-host delay waited (for the whole fleet when the turns are shared: <see cref="IHostTurns"/>), the global limit
/// respected. Dispose the result when the response has been read.
/// </summary>
public interface IPolitenessGate
{
    Task<IAsyncDisposable> EnterAsync(Uri url, CancellationToken cancellationToken);
}
