using System.Net;

namespace Summarizer.Fetching;

/// <summary>What every fetch (pages, feeds, robots.txt) does with an answer: the same status errors, the same size cap, the same failure messages.</summary>
internal static class HttpResponses
{
    public static void EnsureSuccess(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new SummarizerException(FailureKind.CouldNotFetch, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
        }
    }

    /// <summary>The body, refused as soon as it (decompressed) passes <paramref name="limit"/> bytes: a bomb is never held whole.</summary>
    public static async Task<byte[]> ReadLimitedAsync(HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
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

    /// <summary>The documented failure for a transport exception; null for anything else (ours, or the caller's cancellation).</summary>
    public static SummarizerException? ToFetchFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException ex => new(FailureKind.CouldNotFetch, Describe(ex), ex),
        TimeoutException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException when !cancellationToken.IsCancellationRequested =>
            new(FailureKind.CouldNotFetch, "timed out", exception),
        Polly.CircuitBreaker.BrokenCircuitException => new(FailureKind.CouldNotFetch, "too many recent failures; try again later", exception),
        _ => null,
    };

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
