using System.CommandLine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Web.Hosting;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer serve</c>: the reading room over the store, read only; <c>run --serve</c> adds the worker.</summary>
internal static class ServeCommand
{
    public static Option<string?> Urls() => new("--urls")
    {
        Description = $"Where to listen (default {ReadingRoomOptions.DefaultUrls}: this machine only; the reading room has no login)",
    };

    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var urls = Urls();
        var command = new Command("serve", "Serve the reading room: the latest summaries, search, Atom feeds, a JSON API, /healthz and /metrics")
        {
            urls,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse.GetValue(urls), withWorker: false, parse.GetValue(verbose), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliConsole console, string? urls, bool withWorker, bool verbose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        await using var app = ReadingRoomHost.Build(urls, withWorker, builder =>
        {
            if (verbose)
            {
                builder.Logging.SetMinimumLevel(LogLevel.Debug);
            }
        });
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            throw new SummarizerException(FailureKind.BadInput, $"invalid configuration: {string.Join("; ", ex.Failures)}", ex);
        }

        await console.Error.WriteLineAsync($"summarizer: reading room at {string.Join(", ", app.Urls)}{(withWorker ? " (worker running)" : "")}; Ctrl+C stops");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StopAsync(stopping.Token);
        return ExitCodes.Success;
    }
}
