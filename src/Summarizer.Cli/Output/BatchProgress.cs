using Spectre.Console;

namespace Summarizer.Cli.Output;

/// <summary>
/// A progress bar on the terminal's stderr while several inputs run: done of total, and how many failed. Failure lines
/// are printed above the bar. Shown only when stderr is a terminal and the results are not streaming to the same screen.
/// </summary>
internal sealed class BatchProgress
{
    private readonly ProgressTask _task;
    private readonly IAnsiConsole _console;
    private int _done;
    private int _failed;

    private BatchProgress(ProgressTask task, IAnsiConsole console)
    {
        _task = task;
        _console = console;
    }

    public static bool ShouldShow(TextWriter stdout, TextWriter stderr, bool resultsAtEnd, int total) =>
        total > 1 && Terminal.IsTerminal(stderr) && (resultsAtEnd || !Terminal.IsTerminal(stdout));

    public static async Task<T> RunAsync<T>(TextWriter stderr, int total, Func<BatchProgress, Task<T>> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr), Interactive = InteractionSupport.Yes });
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var progress = new BatchProgress(context.AddTask(Describe(0, 0, total), maxValue: total), console);
                return await run(progress);
            });
    }

    public void Completed(bool failed)
    {
        _done++;
        _failed += failed ? 1 : 0;
        _task.Increment(1);
        _task.Description = Describe(_done, _failed, (int)_task.MaxValue);
    }

    public void Report(string line) => _console.WriteLine(line);

    private static string Describe(int done, int failed, int total) => $"{done}/{total} done, {failed} failed";
}
