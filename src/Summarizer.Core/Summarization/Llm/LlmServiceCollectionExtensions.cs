using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Summarizer.Summarization.Llm.Budget;
using Summarizer.Summarization.Llm.Chunking;
using Summarizer.Summarization.Llm.Circuit;
using Summarizer.Summarization.Llm.Client;
using Summarizer.Summarization.Llm.Prompts;
using Summarizer.Summarization.Llm.RateLimiting;
using Summarizer.Summarization.Llm.Secrets;
using Summarizer.Summarization.Llm.Validation;
using Summarizer.Http;


namespace Summarizer.Summarization.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Summarizer:Llm</c> and, when its <c>Provider</c> is not <c>None</c>, registers the <c>llm</c> summarizer
    /// (so <c>--summarizer auto</c> picks it). A provider without the settings it needs fails at start with the names
    /// of the missing environment variables rather than quietly falling back to the extractive summarizer.
    /// </summary>
    public static IServiceCollection AddLlmSummarizer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(LlmOptions.SectionName);
        services.AddOptions<LlmOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();
        services.AddSingleton<IValidateOptions<LlmOptions>>(new ApiKeyInFileValidator(configuration));

        // A value that is not a provider is reported by binding when the host starts.
        if (!Enum.TryParse<LlmProvider>(section[nameof(LlmOptions.Provider)], ignoreCase: true, out var provider) || provider == LlmProvider.None)
        {
            return services;
        }

        AddHttpClient(services, section);
        services.AddSingleton<TokenCounter>();
        services.AddSingleton<PromptLibrary>();
        services.AddSingleton<ArticleChunker>();
        services.AddSingleton<SummaryValidator>();
        services.AddSingleton<LlmRateLimiter>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LlmCircuit>();
        services.AddSingleton<LlmBudget>();
        services.TryAddSingleton<ILlmUsageStore, InMemoryLlmUsageStore>(); // the store replaces it: one budget per database
        services.AddSingleton<IExtractiveFallback, ExtractiveFallback>();
        services.AddSingleton(sp => LlmKernelFactory.Create(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(LlmKernelFactory.HttpClientName),
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<ILlmChatClient, SemanticKernelLlmClient>();
        services.AddSingleton<IArticleSummarizer, LlmSummarizer>();
        return services;
    }

    /// <summary>Retries on 408, 429, 5xx and network errors honouring <c>Retry-After</c>; a per-attempt timeout; a circuit breaker.</summary>
    private static void AddHttpClient(IServiceCollection services, IConfigurationSection section)
    {
        var client = services.AddHttpClient(LlmKernelFactory.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan) // the resilience pipeline owns timeouts
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
            {
                if ((section.Get<LlmOptions>() ?? new LlmOptions()).ShouldSendMaxTokens)
                {
                    handlers.Add(new MaxTokensCompatibilityHandler());
                }
            });
        client.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider services) =>
            {
                // Bound here without validation: LlmOptions are validated on their own at start, and reading them
                // validated from inside another option's setup would report each failure twice.
                var options = section.Get<LlmOptions>() ?? new LlmOptions();
                StandardResilience.Apply(resilience, options.Timeout, options.TotalTimeout, options.MaxRetries);
                resilience.Retry.Delay = options.RetryDelay;
                resilience.Retry.ShouldRetryAfterHeader = true;
                var attempts = services.GetRequiredService<ILoggerFactory>().CreateLogger(LlmAttemptLog.Category);
                resilience.Retry.OnRetry = args =>
                {
                    LlmAttemptLog.Retrying(attempts, args, options);
                    return ValueTask.CompletedTask;
                };
            });

        // Inside the resilience handler: the answer body is read under the attempt and total timeouts, and capped.
        client.AddHttpMessageHandler(() => new AnswerSizeLimitHandler(AnswerSizeLimitHandler.LimitFor(section.Get<LlmOptions>() ?? new LlmOptions())));
    }
}
