using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Hosting;
using Summarizer.Configuration;
using Summarizer.Hosting.Configuration;
using Summarizer.Storage;
using Summarizer.Worker;

namespace Summarizer.Cli;

/// <summary>What a command needs besides the pipeline, so that a command never opens or validates what it does not use.</summary>
[Flags]
internal enum HostParts
{
    /// <summary>Fetching, extraction and the summarizers: <c>extract</c>, <c>summarize --no-store</c>.</summary>
    Pipeline = 0,

    /// <summary>The store (<c>Summarizer:Storage</c>).</summary>
    Store = 1,

    /// <summary>The sources, politeness and the worker pass (<c>Summarizer:Sources</c>, <c>Summarizer:Worker</c>); implies the store.</summary>
    Worker = 2 | Store,
}

/// <summary>Builds and starts the host for one command; starting it validates every option the command uses.</summary>
internal static class CliHost
{
    /// <param name="settings">Settings of this command line over every other source (e.g. <c>run --quiet</c>'s log level).</param>
    /// <param name="log">Where log lines go; the console's stderr when not given.</param>
    public static async Task<IHost> StartAsync(
        CliConsole console,
        bool verbose,
        HostParts parts,
        IEnumerable<KeyValuePair<string, string?>>? settings,
        TextWriter? log,
        CancellationToken cancellationToken)
    {
        HostApplicationBuilder builder;
        try
        {
            builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
            builder.AddSummarizer(console.AddConfiguration, console.Time);
        }
        catch (InvalidDataException ex)
        {
            // A settings file that is not JSON: its line and column, as a usage error.
            throw JsonSyntax.Problem(ex);
        }

        if (parts.HasFlag(HostParts.Store))
        {
            builder.Services.AddStorage(builder.Configuration);
        }

        if (parts.HasFlag(HostParts.Worker))
        {
            builder.Services.AddWorker(builder.Configuration);
        }

        // A start-up failure is reported as one line by the CLI; the host's own log of it would add a stack trace.
        builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Microsoft.Extensions.Hosting", "None")]);
        if (verbose)
        {
            builder.Configuration.AddInMemoryCollection(
            [
                new("Logging:LogLevel:Default", "Debug"),
                new("Logging:LogLevel:Polly", "Information"),
                new("Logging:LogLevel:Microsoft.SemanticKernel", SemanticKernelVerboseLevel(builder.Configuration)),
            ]);
        }

        builder.Logging.ClearProviders();
        // The caller's stderr, not the process's: a command run in process (a test, a host of the CLI) keeps its log lines.
        builder.Logging.AddProvider(new Logging.CliLoggerProvider(log ?? console.Error, console.Time));
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // Every setting checked as written first (key, value, what is expected); the options validators that need the
        // bound values (which settings go together) still run at start, and both are reported together, each once.
        var problems = ConfigurationProblems.Find(builder.Configuration, parts.HasFlag(HostParts.Store), parts.HasFlag(HostParts.Worker));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (problems.Count > 0 || ConfigurationFailures(ex, problems.Count > 0).Count > 0)
        {
            host.Dispose();
            throw new InvalidConfigurationException([.. problems.Concat(ConfigurationFailures(ex, problems.Count > 0)).Distinct(StringComparer.Ordinal)]);
        }

        if (problems.Count > 0)
        {
            host.Dispose();
            throw new InvalidConfigurationException(problems);
        }

        return host;
    }

    /// <summary>The host of a command that has no settings of its own and logs to the console's stderr.</summary>
    public static Task<IHost> StartAsync(CliConsole console, bool verbose, HostParts parts, CancellationToken cancellationToken) =>
        StartAsync(console, verbose, parts, settings: null, log: null, cancellationToken);

    /// <summary>
    /// Options validators' failures, each once (several failing options arrive as an AggregateException). DataAnnotations
    /// failures repeat what <see cref="ConfigurationProblems"/> already said, in worse words, so they are left out then.
    /// </summary>
    private static List<string> ConfigurationFailures(Exception exception, bool alreadyChecked) =>
        (exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception])
        .OfType<OptionsValidationException>().SelectMany(e => e.Failures)
        .Where(f => !alreadyChecked || !f.StartsWith("DataAnnotation validation failed", StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Semantic Kernel is silent by default; <c>--verbose</c> shows it at Debug, or lower when the Microsoft categories are set lower.</summary>
    private static string SemanticKernelVerboseLevel(IConfiguration configuration) =>
        Enum.TryParse<LogLevel>(configuration["Logging:LogLevel:Microsoft"], ignoreCase: true, out var level) && level < LogLevel.Debug
            ? level.ToString()
            : nameof(LogLevel.Debug);

    public static T Get<T>(this IHost host)
        where T : notnull => host.Services.GetRequiredService<T>();
}
