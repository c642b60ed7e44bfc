namespace Summarizer.Fetching.Politeness;

/// <summary>
/// The site's robots.txt could not be read (server error, timeout, network): RFC 9309 says to assume everything is
/// disallowed until it can be. Unlike <see cref="RobotsDisallowedException"/> this passes: the article is retried later.
/// </summary>
internal sealed class RobotsUnavailableException(Uri url, string reason)
    : SummarizerException(FailureKind.CouldNotFetch, $"robots.txt of {url.Host} could not be read ({reason}); not fetched until it can be");
