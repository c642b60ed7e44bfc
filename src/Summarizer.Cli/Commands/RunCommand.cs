using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Cli.Output;
using Summarizer.Worker;

namespace Summarizer.Cli.Commands;

internal static class RunCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var once = new Option<bool>("--once") { Description = "One pass over every enabled source and every due article, then exit 0" };
        var serve = new Option<bool>("--serve") { Description = "Serve the reading room from the same process (see 'serve')" };
        var urls = ServeCommand.Urls();
        var command = new Command("run", "Run the worker in the foreground: poll the sources in Summarizer:Sources and summarize new articles")
        {
            once, serve, urls,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(serve) && !parse.GetValue(once))
            {
                return await ServeCommand.RunAsync(console, parse.GetValue(urls), withWorker: true, parse.GetValue(verbose), cancellationToken);
            }

            using var host = await CliHost.StartAsync(parse.GetValue(verbose), cancellationToken);
            if (parse.GetValue(once))
            {
                var pass = host.Get<WorkerPass>();
                Task<PassReport> RunPass() => pass.RunAsync(allSources: true, waitForLeased: true, cancellationToken);
                var report = console.ErrorIsTerminal ? await RunProgress.ShowAsync(console.Error, pass, RunPass) : await RunPass();
                await console.Error.WriteLineAsync(
                    $"summarizer: {report.SourcesPolled} sources polled ({report.SourceFailures} failed), {report.NewArticles} new articles; " +
                    RunProgress.Outcomes(report.Count));
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
