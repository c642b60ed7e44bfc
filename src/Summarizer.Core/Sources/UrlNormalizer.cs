namespace Summarizer.Sources;

/// <summary>One spelling per article URL: lower-case host, no fragment, no tracking parameters (utm_*, fbclid, gclid...).</summary>
public static class UrlNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl",
        "ref_src", "cmpid", "ocid", "at_medium", "at_campaign", "ito", "spm",
    };

    public static Uri Normalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            return url;
        }

        var builder = new UriBuilder(url) { Fragment = "", Host = url.Host.ToLowerInvariant() };
        if (builder.Query.Length > 1)
        {
            var kept = builder.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !IsTracking(Uri.UnescapeDataString(p.Split('=')[0])));
            builder.Query = string.Join('&', kept);
        }

        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri;
    }

    public static Uri? TryNormalize(string? value, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var ok = baseUrl is null ? Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) : Uri.TryCreate(baseUrl, value.Trim(), out url);
        return ok && url is { Scheme: "http" or "https" } ? Normalize(url) : null;
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
