using System.Text.Json.Nodes;

namespace Summarizer.Summarization.Llm.Client;

/// <summary>
/// The OpenAI SDK sends the output cap as <c>max_completion_tokens</c>; several OpenAI-compatible servers (older
/// Ollama, llama-cpp-python, LM Studio) read only <c>max_tokens</c> and would otherwise generate without a cap.
/// For such endpoints this copies the value into <c>max_tokens</c> as well (see <see cref="LlmOptions.SendMaxTokens"/>).
/// </summary>
internal sealed class MaxTokensCompatibilityHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content && request.Method == HttpMethod.Post
            && request.RequestUri?.AbsolutePath.EndsWith("/chat/completions", StringComparison.Ordinal) == true)
        {
            var body = await content.ReadAsStringAsync(cancellationToken);
            if (JsonNode.Parse(body) is JsonObject json && json["max_completion_tokens"] is { } cap && json["max_tokens"] is null)
            {
                json["max_tokens"] = cap.DeepClone();
                var replaced = new StringContent(json.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
                request.Content = replaced;
                content.Dispose();
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
