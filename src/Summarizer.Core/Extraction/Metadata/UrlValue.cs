namespace Summarizer.Extraction.Metadata;

/// <summary>Turns an attribute value into an absolute http(s) URL, resolving relative values against the page.</summary>
internal static class UrlValue
{
    public static Uri? Resolve(string? value, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 4096)
        {
            return null;
        }

        var v = value.Trim();
        if (v.StartsWith("//", StringComparison.Ordinal))
        {
            v = (baseUrl?.Scheme ?? "https") + ":" + v;
        }

        if (Uri.TryCreate(v, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute;
        }

        return baseUrl is { IsAbsoluteUri: true } && Uri.TryCreate(baseUrl, v, out var resolved) && resolved.Scheme is "http" or "https" ? resolved : null;
    }
}
