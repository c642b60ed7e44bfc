using System.Net;

namespace Summarizer.Fetching;

/// <summary>
/// Follows redirects itself instead of letting the socket handler do it, so that every hop is checked: only http and
/// https are followed (a <c>gopher:</c>, <c>file:</c> or <c>ftp:</c> target is "could not fetch" naming the scheme,
/// never a request to it), no https-to-http downgrade, at most <c>MaxRedirects</c> hops. Each hop still connects through
/// <see cref="GuardedConnector"/>. It sits inside the resilience handler, so the fetch's timeouts cover every hop.
/// </summary>
internal sealed class RedirectHandler(int maxRedirects) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var current = request;
        for (var hops = 0; maxRedirects > 0 && IsRedirect(response.StatusCode) && response.Headers.Location is { } location; hops++)
        {
            var from = current.RequestUri!;
            response.Dispose();
            if (hops >= maxRedirects)
            {
                throw new SummarizerException(FailureKind.CouldNotFetch, $"more than {maxRedirects} redirects (Summarizer:Fetching:MaxRedirects)");
            }

            var target = Target(from, location);
            current = Next(current, target);
            response = await base.SendAsync(current, cancellationToken);
        }

        return response;
    }

    /// <summary>The checked target of one redirect: absolute, http(s) only, no downgrade from https.</summary>
    internal static Uri Target(Uri from, Uri location)
    {
        var target = location.IsAbsoluteUri ? location : new Uri(from, location);
        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
        {
            throw new SummarizerException(FailureKind.CouldNotFetch,
                $"redirected to a {target.Scheme}: URL, which is not fetched (only http and https are)");
        }

        if (from.Scheme == Uri.UriSchemeHttps && target.Scheme == Uri.UriSchemeHttp)
        {
            throw new SummarizerException(FailureKind.CouldNotFetch, "redirected from https to plain http, which is not followed");
        }

        // RFC 9110 §10.2.2: a redirect without a fragment keeps the original one.
        return target.Fragment.Length == 0 && from.Fragment.Length > 0 ? new UriBuilder(target) { Fragment = from.Fragment[1..] }.Uri : target;
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 300 or 301 or 302 or 303 or 307 or 308;

    /// <summary>Every redirect of a GET (the only method fetched) is a GET with the same headers.</summary>
    private static HttpRequestMessage Next(HttpRequestMessage previous, Uri target)
    {
        var next = new HttpRequestMessage(HttpMethod.Get, target) { Version = previous.Version, VersionPolicy = previous.VersionPolicy };
        foreach (var header in previous.Headers)
        {
            next.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return next;
    }
}
