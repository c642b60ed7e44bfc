using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Summarizer.Summarization.Llm.Secrets;

namespace Summarizer.Summarization.Llm.Client;

/// <summary>Builds the Semantic Kernel with the configured chat-completion connector on our resilient HttpClient.</summary>
internal static class LlmKernelFactory
{
    /// <summary>The named <see cref="HttpClient"/> behind every LLM call.</summary>
    public const string HttpClientName = "Summarizer.Llm";

    public static Kernel Create(LlmOptions options, HttpClient httpClient, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = Kernel.CreateBuilder();
        // The connector logs a failed call with the server's error body, which may echo the key: masked here.
        builder.Services.AddSingleton<ILoggerFactory>(string.IsNullOrWhiteSpace(options.ApiKey)
            ? loggerFactory
            : new SecretRedactingLoggerFactory(loggerFactory, options.ApiKey));
        var model = options.Model ?? throw new InvalidOperationException("Summarizer:Llm:Model is not set.");
        switch (options.Provider)
        {
            case LlmProvider.OpenAI when options.Endpoint is { } endpoint:
                builder.AddOpenAIChatCompletion(model, endpoint,
                    string.IsNullOrWhiteSpace(options.ApiKey) ? LlmOptions.PlaceholderApiKey : options.ApiKey, httpClient: httpClient);
                break;
            case LlmProvider.OpenAI:
                builder.AddOpenAIChatCompletion(model, options.ApiKey!, httpClient: httpClient);
                break;
            case LlmProvider.AzureOpenAI:
                builder.AddAzureOpenAIChatCompletion(model, options.Endpoint!.AbsoluteUri, options.ApiKey!, httpClient: httpClient);
                break;
            default:
                throw new InvalidOperationException("No LLM provider is configured.");
        }

        return builder.Build();
    }
}
