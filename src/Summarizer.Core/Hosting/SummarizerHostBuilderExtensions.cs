using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Summarizer.Extraction;
using Summarizer.Fetching;
using Summarizer.Configuration;
using Summarizer.Pipeline;
using Summarizer.Summarization;
using Summarizer.Summarization.Extractive;
using Summarizer.Summarization.Llm;
using Summarizer.Summarization.Llm.Client;

namespace Summarizer.Hosting;

/// <summary>The one host setup shared by the command line and the worker.</summary>
public static class SummarizerHostBuilderExtensions
{
    /// <summary>
    /// User secrets id for keys kept off the command line and out of files in the repository:
    /// <c>dotnet user-secrets set --id arabic-news-summarizer "Summarizer:Llm:ApiKey" "sk-..."</c>.
    /// </summary>
    public const string UserSecretsId = "arabic-news-summarizer";

    /// <summary>
    /// Configuration (the log levels of <see cref="LogDefaults"/>, then <paramref name="addUserSources"/>, by default the process's own:
    /// <see cref="AddProcessSources"/>), logging to stderr, the clock and the article pipeline.
    /// A caller that passes its own sources and <paramref name="time"/> runs without touching process state (tests).
    /// </summary>
    public static IHostApplicationBuilder AddSummarizer(
        this IHostApplicationBuilder builder, Action<IConfigurationBuilder>? addUserSources = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.Sources.Clear();
        // Every other default lives in its options class: a setting nobody wrote is the C# default.
        builder.Configuration.AddInMemoryCollection(LogDefaults);
        (addUserSources ?? (c => AddProcessSources(c, Directory.GetCurrentDirectory())))(builder.Configuration);

        builder.Logging.ClearProviders();
        // stdout belongs to the summaries; every log line goes to stderr, one line per entry (a person counts them).
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);

        builder.Services.TryAddSingleton(time ?? TimeProvider.System);
        builder.Services.AddFetching(builder.Configuration);
        builder.Services.AddExtraction(builder.Configuration);
        builder.Services.AddExtractiveSummarizer(builder.Configuration);
        builder.Services.AddLlmSummarizer(builder.Configuration);
        builder.Services.AddSummarization(builder.Configuration);
        builder.Services.AddArticlePipeline();
        return builder;
    }

    /// <summary>
    /// Log levels every settings file and <c>Logging__LogLevel__*</c> can override: warnings and errors only, but the
    /// worker speaks a line per pass. Polly's retry lines repeat ours. Semantic Kernel logs a failed call with a stack
    /// trace before our own one-line error says the same, so it is silent unless asked for (the CLI's <c>--verbose</c>
    /// turns it on); the LLM retry lines are the only sign of life during a minute of retries.
    /// </summary>
    private static readonly KeyValuePair<string, string?>[] LogDefaults =
    [
        new("Logging:LogLevel:Default", "Warning"),
        new("Logging:LogLevel:Microsoft", "Warning"),
        new("Logging:LogLevel:System.Net.Http", "Warning"),
        new("Logging:LogLevel:Polly", "None"),
        new("Logging:LogLevel:Summarizer.Worker", "Information"),
        new("Logging:LogLevel:Microsoft.SemanticKernel", "None"),
        new($"Logging:LogLevel:{LlmAttemptLog.Category}", "Information"),
    ];

    /// <summary>
    /// The process's settings over the defaults: <c>appsettings.json</c> in <paramref name="workingDirectory"/>,
    /// then user secrets, then environment variables. Later sources win, so a fresh machine runs on the defaults and a
    /// deployment overrides only what it needs.
    /// </summary>
    public static IConfigurationBuilder AddProcessSources(IConfigurationBuilder configuration, string workingDirectory)
    {
        AddSettingsFile(configuration, workingDirectory);
        configuration.AddUserSecrets(UserSecretsId, reloadOnChange: false);
        configuration.AddEnvironmentVariables();
        return configuration;
    }

    /// <summary><c>appsettings.json</c> in <paramref name="folder"/>, when there is one; a file that is not JSON is reported with its path, line and column.</summary>
    public static IConfigurationBuilder AddSettingsFile(IConfigurationBuilder configuration, string folder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var file = Path.Combine(folder, "appsettings.json");
        try
        {
            // A configuration manager loads the file here.
            configuration.AddJsonFile(file, optional: true, reloadOnChange: false);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidConfigurationException([JsonSyntax.Describe(file, ex)]);
        }

        return configuration;
    }
}
