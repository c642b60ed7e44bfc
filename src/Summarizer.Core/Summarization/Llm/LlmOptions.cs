using System.ComponentModel.DataAnnotations;

namespace Summarizer.Summarization.Llm;

/// <summary>The <c>Summarizer:Llm</c> section; every value can come from <c>Summarizer__Llm__*</c> environment variables.</summary>
public sealed class LlmOptions
{
    public const string SectionName = "Summarizer:Llm";

    /// <summary>Sent when <see cref="Endpoint"/> is set and no key is: local servers ignore it, the SDK needs one.</summary>
    public const string PlaceholderApiKey = "no-key";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>Base URL, e.g. <c>http://127.0.0.1:11434/v1</c>; empty means api.openai.com for <see cref="LlmProvider.OpenAI"/>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Model id (OpenAI) or deployment name (Azure OpenAI).</summary>
    public string? Model { get; set; }

    /// <summary>Secret: never logged, printed or put in an error message.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Language of the summary, whatever the article's language; Arabic letters are checked only for <c>ar</c>.</summary>
    [Required]
    [RegularExpression("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$")]
    public string OutputLanguage { get; set; } = "ar";

    [Range(0.0, 2.0)]
    public double Temperature { get; set; } = 0.2;

    [Range(64, 32768)]
    public int MaxOutputTokens { get; set; } = 700;

    /// <summary>Time allowed for one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:30:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Time allowed for one call, retries and their waits included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "02:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries after the first attempt on 408, 429, 5xx and network errors; <c>Retry-After</c> is honoured.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First wait before a retry when the server sends no <c>Retry-After</c>; doubles with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Calls in flight at once, across every article in the process.</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>0 = no limit.</summary>
    [Range(0, 1_000_000)]
    public int RequestsPerMinute { get; set; }

    /// <summary>Prompt plus maximum output tokens per minute; 0 = no limit.</summary>
    [Range(0, 100_000_000)]
    public int TokensPerMinute { get; set; }

    /// <summary>The model's context window; longer articles are split and summarized in parts, never cut.</summary>
    [Range(1024, 10_000_000)]
    public int ContextWindowTokens { get; set; } = 16384;

    /// <summary>
    /// Longest article (title and text, o200k tokens) sent to the LLM at all: a longer one fails with an error naming
    /// this limit, before any call, instead of costing dozens of part summaries. It is never cut to fit.
    /// </summary>
    [Range(256, 10_000_000)]
    public int MaxArticleTokens { get; set; } = 50_000;

    [Range(0.0, 10_000.0)]
    public decimal? InputPricePerMillionTokens { get; set; }

    [Range(0.0, 10_000.0)]
    public decimal? OutputPricePerMillionTokens { get; set; }

    public LlmResponseFormat ResponseFormat { get; set; } = LlmResponseFormat.JsonSchema;

    /// <summary>
    /// Also send the output cap as the older <c>max_tokens</c>; null means yes for an OpenAI-compatible
    /// <see cref="Endpoint"/> (local servers that ignore <c>max_completion_tokens</c>) and no for OpenAI and Azure.
    /// </summary>
    public bool? SendMaxTokens { get; set; }

    internal bool ShouldSendMaxTokens => SendMaxTokens ?? (Provider == LlmProvider.OpenAI && Endpoint is not null);

    /// <summary>
    /// After a failed repair: the extractive summary (default: for news, an invented number shown as a summary is worse
    /// than no summary), or the LLM's answer marked not grounded, with a visible warning in every output.
    /// </summary>
    public LlmValidationFallback OnValidationFailure { get; set; } = LlmValidationFallback.Extractive;

    /// <summary>
    /// With <c>--summarizer auto</c> (the worker's default), an article whose LLM call failed gets the extractive summary
    /// now and is queued to ask the LLM again after this long; 0 keeps the extractive summary.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RetryLlmAfterFailure { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Failed LLM calls in a row (each after its retries) after which calls are skipped for <see cref="CircuitBreakDuration"/>.</summary>
    [Range(1, 1000)]
    public int CircuitBreakAfter { get; set; } = 3;

    /// <summary>How long calls are skipped once the circuit is open: no article pays a timeout while the endpoint is down.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Prompt plus completion tokens allowed per UTC day, counted in the store (shared by every worker on it); 0 = no budget.</summary>
    public long DailyTokenBudget { get; set; }

    /// <summary>Cost allowed per UTC day from the configured prices, counted in the store; 0 = no budget.</summary>
    public decimal DailyCostBudget { get; set; }

    /// <summary>Past the day's budget, queue the article (summarized extractively meanwhile) for the LLM the next UTC day.</summary>
    public bool RetryLlmNextDayOverBudget { get; set; } = true;

    /// <summary>Share of a key point's content words (normalized, stemmed) that must occur in the article.</summary>
    [Range(0.0, 1.0)]
    public double MinKeyPointGrounding { get; set; } = 0.6;
}
