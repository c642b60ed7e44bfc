using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Summarizer.Summarization;
using Summarizer.Summarization.Extractive;
using Summarizer.Summarization.Llm;

namespace Summarizer.Core.Tests.Summarization.Llm;

/// <summary>The real DI setup of the LLM summarizer, pointed at a fake endpoint, with short timeouts and retry delays.</summary>
internal static class LlmTestHost
{
    public const string ApiKey = "sk-test-SECRET-4f9d2c";

    public static ServiceProvider Create(
        Uri? endpoint, Action<Dictionary<string, string?>>? configure = null, CapturingLoggerProvider? logs = null, TimeProvider? time = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Provider"] = "OpenAI",
            ["Summarizer:Llm:Endpoint"] = endpoint?.AbsoluteUri,
            ["Summarizer:Llm:Model"] = "test",
            ["Summarizer:Llm:ApiKey"] = ApiKey,
            ["Summarizer:Llm:Timeout"] = "00:00:01",
            ["Summarizer:Llm:TotalTimeout"] = "00:00:10",
            ["Summarizer:Llm:RetryDelay"] = "00:00:00.020",
            ["Summarizer:Llm:MaxRetries"] = "2",
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                builder.AddProvider(logs);
            }
        });
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddExtractiveSummarizer(configuration);
        services.AddLlmSummarizer(configuration);
        services.AddSummarization(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }

    public static IArticleSummarizer Llm(this ServiceProvider services) =>
        services.GetRequiredService<ISummarizerSelector>().Select(SummarizerChoice.Llm);
}
