using Summarizer.Cli.Inputs;
using Summarizer.Cli.Output;
using Summarizer.Pipeline;

namespace Summarizer.Cli.Commands;

/// <summary>
/// Runs one pipeline step over every input in order. A failing input is reported on stderr (and to the sink)
/// and the others still run; the exit code is the first failure's. Several inputs on a terminal show a progress bar.
/// </summary>
internal sealed class BatchRunner(CliConsole console, bool verbose)
{
    /// <param name="total">How many inputs there are (<see cref="InputResolver.Count"/>), for the progress bar.</param>
    public async Task<int> RunAsync<T>(
        IEnumerable<ResolvedInput> inputs,
        Func<ArticleInput, CancellationToken, Task<T>> step,
        IResultSink<T> sink,
        CancellationToken cancellationToken,
        int total = 1)
    {
        if (BatchProgress.ShouldShow(console.Out, console.Error, sink is BufferedSink<T>, total))
        {
            return await BatchProgress.RunAsync(console.Error, total, progress => RunAllAsync(inputs, step, sink, progress, cancellationToken));
        }

        return await RunAllAsync(inputs, step, sink, null, cancellationToken);
    }

    private async Task<int> RunAllAsync<T>(
        IEnumerable<ResolvedInput> inputs,
        Func<ArticleInput, CancellationToken, Task<T>> step,
        IResultSink<T> sink,
        BatchProgress? progress,
        CancellationToken cancellationToken)
    {
        var exitCode = ExitCodes.Success;
        foreach (var resolved in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var error = resolved.Error;
            if (resolved.Input is { } input)
            {
                try
                {
                    sink.Write(await step(input, cancellationToken));
                }
                catch (SummarizerException ex)
                {
                    error = ex;
                }
            }

            if (error is not null)
            {
                Report(resolved, error, progress);
                sink.WriteError(resolved, error);
                exitCode = exitCode == ExitCodes.Success ? ExitCodes.For(error.Kind) : exitCode;
            }

            progress?.Completed(error is not null);
        }

        sink.Complete();
        return exitCode;
    }

    private void Report(ResolvedInput input, SummarizerException error, BatchProgress? progress)
    {
        var line = $"summarizer: {input.Source}: {error.Message}";
        if (progress is not null)
        {
            progress.Report(line);
        }
        else
        {
            console.Error.WriteLine(line);
        }

        if (verbose && error.InnerException is { } inner)
        {
            console.Error.WriteLine(inner.ToString());
        }
    }
}
