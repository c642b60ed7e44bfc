using System.Net;
using Summarizer.Text;

namespace Summarizer.Fetching;

/// <summary>
/// What every fetch (pages, feeds, sitemaps, robots.txt) does with an answer: the same status errors, the same size cap
/// and deadline while streaming the body, the same failure messages.
/// </summary>
internal static class HttpResponses
{
    public static void EnsureSuccess(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            // The reason phrase is the server's text: it reaches stderr, logs and the stored error, so it is made safe here.
            throw new SummarizerException(FailureKind.CouldNotFetch, $"HTTP {(int)response.StatusCode} {SafeText.Line(response.ReasonPhrase)}".TrimEnd());
        }
    }

    /// <summary>
    /// The body, refused as soon as it (decompressed) passes <paramref name="limit"/> bytes: a bomb is never held whole.
    /// Read under <paramref name="cancellationToken"/>, which carries the fetch's <see cref="FetchDeadline"/>: a body that
    /// trickles ends with the deadline, not when the server stops.
    /// </summary>
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

    /// <summary>At most the first <paramref name="limit"/> bytes of the body; the rest is never read.</summary>
    public static async Task<byte[]> ReadPrefixAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[limit];
        var length = 0;
        int read;
        while (length < limit && (read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return buffer[..length];
    }

    /// <summary>
    /// The documented failure for a transport exception; null for anything else (ours, or the caller's cancellation).
    /// Past the <paramref name="deadline"/> every transport failure is the timeout it caused.
    /// </summary>
    public static SummarizerException? ToFetchFailure(Exception exception, FetchDeadline deadline, CancellationToken cancellationToken) =>
        exception switch
        {
            _ when cancellationToken.IsCancellationRequested => null,
            SummarizerException => null,
            HttpRequestException or IOException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException when deadline.Expired =>
                new(FailureKind.CouldNotFetch,
                    $"timed out: no complete answer within {deadline.Limit.TotalSeconds:0.###} s (Summarizer:Fetching:TotalTimeout)", exception),
            HttpRequestException ex => new(FailureKind.CouldNotFetch, Describe(ex), ex),
            TimeoutException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException =>
                new(FailureKind.CouldNotFetch, "timed out", exception),
            IOException ex => new(FailureKind.CouldNotFetch, $"the connection failed while reading the answer ({SafeText.Line(ex.Message)})", ex),
            Polly.CircuitBreaker.BrokenCircuitException => new(FailureKind.CouldNotFetch, "too many recent failures; try again later", exception),
            _ => null,
        };

    private static SummarizerException TooLarge(long limit) =>
        new(FailureKind.CouldNotFetch, $"the answer is larger than the {limit / 1024 / 1024.0:0.##} MB download limit");

    private static string Describe(HttpRequestException ex) => ex.HttpRequestError switch
    {
        _ when ex.InnerException is PrivateNetworkRefusedException refused => refused.Message,
        HttpRequestError.NameResolutionError => "the host name could not be resolved",
        HttpRequestError.ConnectionError => "the connection was refused or failed",
        HttpRequestError.SecureConnectionError => "the TLS connection failed",
        _ when ex.StatusCode is HttpStatusCode status => $"HTTP {(int)status}",
        _ => SafeText.Line(ex.Message),
    };
}
