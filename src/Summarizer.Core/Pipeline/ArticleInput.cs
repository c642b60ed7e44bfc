using Summarizer.Fetching;

namespace Summarizer.Pipeline;

/// <summary>One thing to summarize: a URL still to fetch, or a page already read from a file or stdin.</summary>
/// <param name="Id">The name results carry: a file name without its page extension, or the URL.</param>
/// <param name="Source">What the user gave: the path, the URL or <c>-</c>.</param>
public sealed record ArticleInput(string Id, string Source, Uri? Url, FetchedPage? Page)
{
    public static ArticleInput FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new(url.AbsoluteUri, url.OriginalString, url, null);
    }

    public static ArticleInput FromPage(string id, string source, FetchedPage page) => new(id, source, page.Url, page);
}
