using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Hosting;

namespace Summarizer.Cli;

/// <summary>Builds and starts the shared host for one command; starting it validates every option.</summary>
internal static class CliHost
{
    public static async Task<IHost> StartAsync(bool verbose, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.AddSummarizer().AddWorker();

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

        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            host.Dispose();
            throw new SummarizerException(FailureKind.BadInput, $"invalid configuration: {string.Join("; ", ex.Failures)}", ex);
        }

        return host;
    }

    /// <summary>Semantic Kernel is silent by default; <c>--verbose</c> shows it at Debug, or lower when the Microsoft categories are set lower.</summary>
    private static string SemanticKernelVerboseLevel(IConfiguration configuration) =>
        Enum.TryParse<LogLevel>(configuration["Logging:LogLevel:Microsoft"], ignoreCase: true, out var level) && level < LogLevel.Debug
            ? level.ToString()
            : nameof(LogLevel.Debug);

    public static T Get<T>(this IHost host)
        where T : notnull => host.Services.GetRequiredService<T>();
}
