using Microsoft.Extensions.Options;

namespace Summarizer.Summarization.Llm;

/// <summary>With a provider chosen, says which setting is missing, by its environment variable name.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == LlmProvider.None)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add($"Summarizer__Llm__Model is required when the provider is {options.Provider}");
        }

        if (options.Provider == LlmProvider.OpenAI && options.Endpoint is null && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add("Summarizer__Llm__ApiKey is required for OpenAI (or set Summarizer__Llm__Endpoint for a local OpenAI-compatible server)");
        }

        if (options.Provider == LlmProvider.AzureOpenAI && (options.Endpoint is null || string.IsNullOrWhiteSpace(options.ApiKey)))
        {
            failures.Add("Summarizer__Llm__Endpoint and Summarizer__Llm__ApiKey are required for Azure OpenAI");
        }

        if (options.Endpoint is { } endpoint && (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add("Summarizer__Llm__Endpoint must be an absolute http or https URL");
        }

        if (options.MaxOutputTokens * 4 > options.ContextWindowTokens)
        {
            failures.Add("Summarizer__Llm__MaxOutputTokens must be at most a quarter of Summarizer__Llm__ContextWindowTokens");
        }

        if (options.TotalTimeout <= options.Timeout)
        {
            failures.Add("Summarizer__Llm__TotalTimeout must be longer than Summarizer__Llm__Timeout");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
