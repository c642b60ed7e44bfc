namespace Summarizer.Fetching.Politeness;

/// <summary>
/// Admits one request: robots.txt checked (throws <see cref="RobotsDisallowedException"/>), one request at a time per host,
/// the per-host delay waited, the global limit respected. Dispose the result when the response has been read.
/// </summary>
public interface IPolitenessGate
{
    Task<IDisposable> EnterAsync(Uri url, CancellationToken cancellationToken);
}
