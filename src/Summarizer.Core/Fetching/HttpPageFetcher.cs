using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Summarizer.Fetching;

/// <summary>Fetches pages over HTTP(S) through the named client that carries the resilience pipeline.</summary>
internal sealed class HttpPageFetcher(
    IHttpClientFactory clientFactory,
    IOptions<FetchingOptions> options,
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
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new SummarizerException(FailureKind.CouldNotFetch,
                    $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            }

            var limit = options.Value.MaxDownloadBytes;
            if (response.Content.Headers.ContentLength > limit)
            {
                throw TooLarge(limit);
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var bytes = await ReadLimitedAsync(body, limit, cancellationToken);
            var contentType = response.Content.Headers.ContentType;
            FetchingLog.Fetched(logger, url, (int)response.StatusCode, bytes.Length, contentType?.MediaType);
            return new FetchedPage(response.RequestMessage?.RequestUri ?? url, bytes, contentType?.MediaType, contentType?.CharSet);
        }
        catch (HttpRequestException ex)
        {
            throw new SummarizerException(FailureKind.CouldNotFetch, Describe(ex), ex);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException
                                   && !cancellationToken.IsCancellationRequested)
        {
            throw new SummarizerException(FailureKind.CouldNotFetch, "timed out", ex);
        }
        catch (Polly.CircuitBreaker.BrokenCircuitException ex)
        {
            throw new SummarizerException(FailureKind.CouldNotFetch, "too many recent failures for this host; try again later", ex);
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static SummarizerException TooLarge(long limit) =>
        new(FailureKind.CouldNotFetch, $"the page is larger than the {limit / 1024 / 1024.0:0.#} MB download limit");

    private static string Describe(HttpRequestException ex) => ex.HttpRequestError switch
    {
        _ when ex.InnerException is PrivateNetworkRefusedException refused => refused.Message,
        HttpRequestError.NameResolutionError => "the host name could not be resolved",
        HttpRequestError.ConnectionError => "the connection was refused or failed",
        HttpRequestError.SecureConnectionError => "the TLS connection failed",
        _ when ex.StatusCode is HttpStatusCode status => $"HTTP {(int)status}",
        _ => ex.Message,
    };
}
