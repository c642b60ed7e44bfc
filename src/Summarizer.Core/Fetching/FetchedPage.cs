namespace Summarizer.Fetching;

/// <summary>The raw bytes of one page and what the transport said about them.</summary>
/// <param name="Url">Where the page came from after redirects; null for stdin.</param>
/// <param name="Content">The body, already decompressed.</param>
/// <param name="ContentType">The media type without parameters, e.g. <c>text/html</c>; null when unknown.</param>
/// <param name="Charset">The charset the transport declared, if any.</param>
public sealed record FetchedPage(Uri? Url, ReadOnlyMemory<byte> Content, string? ContentType, string? Charset)
{
    public bool IsPlainText => string.Equals(ContentType, "text/plain", StringComparison.OrdinalIgnoreCase);
}
