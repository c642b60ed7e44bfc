namespace Summarizer.Fetching.Politeness;

/// <summary>The page fetcher the worker uses: every request passes the <see cref="IPolitenessGate"/> first.</summary>
internal sealed class PolitePageFetcher(IPageFetcher inner, IPolitenessGate gate) : IPageFetcher
{
    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        await using var admission = await gate.EnterAsync(url, cancellationToken);
        return await inner.FetchAsync(url, cancellationToken);
    }
}
