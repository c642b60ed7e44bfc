using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Cli.Output;
using Summarizer.Sources;
using Summarizer.Worker;

namespace Summarizer.Cli.Commands;

internal static class RunCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var once = new Option<bool>("--once") { Description = "One pass over every enabled source and every due article, then exit 0" };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print only warnings and errors: no start, pass or stop lines (and no result line with --once)",
        };
        var serve = new Option<bool>("--serve") { Description = "Serve the reading room from the same process (see 'serve')" };
        var urls = ServeCommand.Urls();
        var command = new Command("run", "Run the worker in the foreground: poll the sources in Summarizer:Sources and summarize new articles")
        {
            once, quiet, serve, urls,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(serve) && !parse.GetValue(once))
            {
                return await ServeCommand.RunAsync(console, parse.GetValue(urls), withWorker: true, parse.GetValue(verbose), cancellationToken);
            }

            var isQuiet = parse.GetValue(quiet);
            // The worker's own lines are Information; quiet keeps its warnings and errors.
            using var host = await CliHost.StartAsync(
                console, parse.GetValue(verbose), HostParts.Worker, isQuiet ? [new("Logging:LogLevel:Summarizer.Worker", "Warning")] : null, console.Error, cancellationToken);
            if (parse.GetValue(once))
            {
                var pass = host.Get<WorkerPass>();
                if (!host.Get<IOptions<SourcesOptions>>().Value.Enabled.Any() && !isQuiet)
                {
                    await console.Error.WriteLineAsync($"summarizer: {PassReporting.NoSourcesHint}");
                }

                Task<PassReport> RunPass() => pass.RunAsync(allSources: true, waitForLeased: true, cancellationToken);
                var report = console.ErrorIsTerminal && !isQuiet ? await RunProgress.ShowAsync(console.Error, pass, RunPass) : await RunPass();
                if (!isQuiet)
                {
                    await console.Error.WriteLineAsync($"summarizer: {PassReporting.Describe(report)}");
                }

                return ExitCodes.Success;
            }

            using var service = ActivatorUtilities.CreateInstance<WorkerService>(host.Services);
            await service.StartAsync(cancellationToken);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await service.StopAsync(stopping.Token);
            return ExitCodes.Success;
        });
        return command;
    }
}
