using System.CommandLine;
using Summarizer.Cli.Commands;

namespace Summarizer.Cli;

/// <summary>The <c>summarizer</c> command line. Every failure becomes one line on stderr and a documented exit code.</summary>
internal static class CliApp
{
    /// <summary>Runs one command line. <paramref name="console"/> carries the streams, settings and clock of the caller.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var stdout = console.Out;
        var stderr = console.Error;
        var verbose = CommonOptions.Verbose();
        var root = new RootCommand("Summarize Arabic news articles: an Arabic summary paragraph and key points for each page")
        {
            verbose,
            SummarizeCommand.Create(console, verbose),
            ExtractCommand.Create(console, verbose),
            RunCommand.Create(console, verbose),
            ListCommand.Create(console, verbose),
            ShowCommand.Create(console, verbose),
            ExportCommand.Create(console, verbose),
            SourcesCommand.Create(console, verbose),
            ServeCommand.Create(console, verbose),
            Check.CheckCommand.Create(console, verbose),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"summarizer: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'summarizer --help' for usage.");
            return ExitCodes.BadUsage;
        }

        try
        {
            // SIGTERM/Ctrl+C cancel the command; System.CommandLine then gives it 2 s by default before it returns 143 and the
            // process ends mid-shutdown, leaving the worker's in-flight articles leased. On a busy machine releasing them takes
            // longer, so the command gets the worker's own stop budget (RunCommand, 30 s); a command that honours
            // cancellation still exits at once.
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(35),
            });
        }
        catch (Configuration.InvalidConfigurationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                await stderr.WriteLineAsync($"summarizer: {problem}");
            }

            return ExitCodes.BadUsage;
        }
        catch (SummarizerException ex)
        {
            await stderr.WriteLineAsync($"summarizer: {ex.Message}");
            return ExitCodes.For(ex.Kind);
        }
        catch (Worker.StoreUnavailableException ex)
        {
            await stderr.WriteLineAsync($"summarizer: {ex.Message}");
            return ExitCodes.InternalError;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("summarizer: cancelled");
            return 130;
        }
#pragma warning disable CA1031 // The last line of defence: a bug prints one line, not a stack trace, unless --verbose.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"summarizer: internal error: {ex.Message}");
            if (parse.GetValue(verbose))
            {
                await stderr.WriteLineAsync(ex.ToString());
            }

            return ExitCodes.InternalError;
        }
    }
}
