using System.Globalization;
using Microsoft.Extensions.Options;

namespace Summarizer.Summarization.Llm;

/// <summary>With a provider chosen, says which setting is missing, by its environment variable name.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateBudgets(options, failures);
        if (options.Provider == LlmProvider.None)
        {
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

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

    /// <summary>A negative budget is a typo, and a budget no newsroom spends in a day (10 billion tokens, a million in cost) is a missing decimal point.</summary>
    private static void ValidateBudgets(LlmOptions options, List<string> failures)
    {
        if (options.DailyTokenBudget is < 0 or > LlmBudgetLimits.MaxDailyTokens)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"Summarizer__Llm__DailyTokenBudget must be 0 (no budget) or 1 to {LlmBudgetLimits.MaxDailyTokens}; it is {options.DailyTokenBudget}"));
        }

        if (options.DailyCostBudget is < 0 or > LlmBudgetLimits.MaxDailyCost)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"Summarizer__Llm__DailyCostBudget must be 0 (no budget) or up to {LlmBudgetLimits.MaxDailyCost}; it is {options.DailyCostBudget}"));
        }
        else if (options.DailyCostBudget > 0 && options.InputPricePerMillionTokens is null && options.OutputPricePerMillionTokens is null)
        {
            failures.Add("Summarizer__Llm__DailyCostBudget needs Summarizer__Llm__InputPricePerMillionTokens and OutputPricePerMillionTokens to count a cost");
        }
    }
}

/// <summary>The largest budgets accepted: past these a value is taken for a mistake.</summary>
internal static class LlmBudgetLimits
{
    public const long MaxDailyTokens = 10_000_000_000;

    public const decimal MaxDailyCost = 1_000_000m;
}
