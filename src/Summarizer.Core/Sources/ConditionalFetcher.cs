using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Summarizer.Fetching;
using Summarizer.Fetching.Politeness;

namespace Summarizer.Sources;

/// <summary>The answer to a conditional GET: 304 with no body, or the body and its new validators.</summary>
public sealed record ConditionalResponse(int Status, ReadOnlyMemory<byte> Body, string? ContentType, string? ETag, string? LastModified)
{
    public bool NotModified => Status == (int)HttpStatusCode.NotModified;
}

/// <summary>Fetches feeds and sitemaps politely with If-None-Match / If-Modified-Since.</summary>
public sealed class ConditionalFetcher(IHttpClientFactory clients, IPolitenessGate gate, IOptions<FetchingOptions> options, TimeProvider time)
{
    public async Task<ConditionalResponse> FetchAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        await using var admission = await gate.EnterAsync(url, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Clear();
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (lastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        using var deadline = FetchDeadline.Start(options.Value.TotalTimeout, time, cancellationToken);
        try
        {
            using var response = await clients.CreateClient(HttpPageFetcher.ClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new ConditionalResponse(304, ReadOnlyMemory<byte>.Empty, null, etag, lastModified);
            }

            HttpResponses.EnsureSuccess(response);
            var body = await HttpResponses.ReadLimitedAsync(response, options.Value.MaxDownloadBytes, deadline.Token);
            return new ConditionalResponse((int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType,
                response.Headers.ETag?.ToString(), Header(response.Content.Headers.LastModified));
        }
        catch (Exception ex) when (HttpResponses.ToFetchFailure(ex, deadline, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    private static string? Header(DateTimeOffset? time) => time?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
