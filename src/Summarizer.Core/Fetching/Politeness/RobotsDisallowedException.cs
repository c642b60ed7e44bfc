namespace Summarizer.Fetching.Politeness;

/// <summary>The site's robots.txt forbids the URL to our user agent; retrying will not help.</summary>
public sealed class RobotsDisallowedException(Uri url)
    : SummarizerException(FailureKind.CouldNotFetch, $"disallowed by robots.txt: {url.AbsolutePath}");
