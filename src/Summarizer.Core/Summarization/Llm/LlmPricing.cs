namespace Summarizer.Summarization.Llm;

/// <summary>The price of a call from the configured prices per million tokens; null when no price is set.</summary>
internal static class LlmPricing
{
    public static decimal? Cost(LlmOptions options, int promptTokens, int completionTokens)
    {
        if (options.InputPricePerMillionTokens is null && options.OutputPricePerMillionTokens is null)
        {
            return null;
        }

        var cost = ((options.InputPricePerMillionTokens ?? 0) * promptTokens
            + (options.OutputPricePerMillionTokens ?? 0) * completionTokens) / 1_000_000m;
        return Math.Round(cost, 6);
    }
}
