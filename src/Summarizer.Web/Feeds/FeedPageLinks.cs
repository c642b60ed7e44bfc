namespace Summarizer.Web.Feeds;

/// <summary>The addresses of one page of a paged feed (RFC 5005): this page, the first, and its neighbours when there are.</summary>
internal sealed record FeedPageLinks(Uri Self, Uri First, Uri? Previous, Uri? Next);
