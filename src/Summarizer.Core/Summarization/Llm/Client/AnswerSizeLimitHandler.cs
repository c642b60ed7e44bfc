namespace Summarizer.Summarization.Llm.Client;

/// <summary>
/// Reads every LLM answer body here, under a size cap, before the SDK sees it: an endpoint that answers 50 MB or never
/// stops is cut at <see cref="LimitFor"/> bytes, not buffered whole. The handler sits inside the resilience handler, so
/// the body is read under the attempt timeout and the total timeout: an answer that trickles ends with them.
/// </summary>
internal sealed class AnswerSizeLimitHandler(long maxBytes) : DelegatingHandler
{
    /// <summary>
    /// Bytes allowed for one answer: 32 per output token (a token is at most a few characters, and a server may send
    /// each as a 6-byte <c>\uXXXX</c> escape) and 64 KiB for the JSON around it (ids, usage, logprobs, error bodies).
    /// </summary>
    public static long LimitFor(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (32L * options.MaxOutputTokens) + (64 * 1024);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            if (response.Content.Headers.ContentLength > maxBytes)
            {
                throw TooLarge();
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge();
                }

                buffer.Write(chunk, 0, read);
            }

            var content = new ByteArrayContent(buffer.ToArray());
            foreach (var header in response.Content.Headers)
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            content.Headers.ContentLength = buffer.Length;
            content.Headers.ContentEncoding.Clear(); // already decompressed by the socket handler
            response.Content.Dispose();
            response.Content = content;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private SummarizerException TooLarge() =>
        new(FailureKind.SummarizationFailed,
            $"the LLM answer is larger than {maxBytes / 1024} KiB (32 bytes per Summarizer__Llm__MaxOutputTokens and 64 KiB): refused unread");
}
