namespace Summarizer.Fetching.Politeness;

/// <summary>
/// A host's turn: one request at a time to a host and a wait between two, for every worker that shares the turns.
/// In one process by default (<see cref="InProcessHostTurns"/>); on a PostgreSQL store every worker of the fleet shares
/// them (a row per host with its next allowed time, taken with a row lock), so the delay and <c>Crawl-delay</c> hold for
/// the fleet and N workers never send N requests at once to one site.
/// </summary>
public interface IHostTurns
{
    /// <summary>Waits until no other request to <paramref name="host"/> is in flight and its next allowed time has come.</summary>
    /// <param name="host">Scheme, host and port, e.g. <c>https://example.com</c>.</param>
    Task<IHostTurn> TakeAsync(string host, CancellationToken cancellationToken);
}

/// <summary>Held while the request runs; ending it (dispose) lets the next request go <see cref="DelayAfter"/> later.</summary>
public interface IHostTurn : IAsyncDisposable
{
    /// <summary>The wait left after this request ends (the larger of the configured delay and the site's Crawl-delay).</summary>
    TimeSpan DelayAfter { get; set; }
}
