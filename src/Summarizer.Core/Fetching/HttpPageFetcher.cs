using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Summarizer.Fetching;

/// <summary>Fetches pages over HTTP(S) through the named client that carries the resilience pipeline.</summary>
internal sealed class HttpPageFetcher(
    IHttpClientFactory clientFactory,
    IOptions<FetchingOptions> options,
    TimeProvider time,
    ILogger<HttpPageFetcher> logger) : IPageFetcher
{
    public const string ClientName = "Summarizer.Fetching";

    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new SummarizerException(FailureKind.BadInput, $"unsupported URL scheme '{url.Scheme}': only http and https are fetched");
        }

        FetchingLog.Fetching(logger, url);
        var client = clientFactory.CreateClient(ClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var deadline = FetchDeadline.Start(options.Value.TotalTimeout, time, cancellationToken);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            HttpResponses.EnsureSuccess(response);
            var bytes = await HttpResponses.ReadLimitedAsync(response, options.Value.MaxDownloadBytes, deadline.Token);
            var contentType = response.Content.Headers.ContentType;
            FetchingLog.Fetched(logger, url, (int)response.StatusCode, bytes.Length, contentType?.MediaType);
            return new FetchedPage(response.RequestMessage?.RequestUri ?? url, bytes, contentType?.MediaType, contentType?.CharSet);
        }
        catch (Exception ex) when (HttpResponses.ToFetchFailure(ex, deadline, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }
}
