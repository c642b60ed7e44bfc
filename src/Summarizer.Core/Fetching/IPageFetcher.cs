namespace Summarizer.Fetching;

/// <summary>Downloads one page. Throws <see cref="SummarizerException"/> with <see cref="FailureKind.CouldNotFetch"/> on failure.</summary>
public interface IPageFetcher
{
    Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken);
}
