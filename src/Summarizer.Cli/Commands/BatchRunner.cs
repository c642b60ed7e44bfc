using Summarizer.Cli.Inputs;
using Summarizer.Cli.Output;
using Summarizer.Pipeline;

namespace Summarizer.Cli.Commands;

/// <summary>
/// Runs one pipeline step over every input in order. A failing input is reported on stderr (and to the sink)
/// and the others still run; the exit code is the first failure's.
/// </summary>
internal sealed class BatchRunner(CliConsole console, bool verbose)
{
    public async Task<int> RunAsync<T>(
        IEnumerable<ResolvedInput> inputs,
        Func<ArticleInput, CancellationToken, Task<T>> step,
        IResultSink<T> sink,
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
                Report(resolved, error);
                sink.WriteError(resolved, error);
                exitCode = exitCode == ExitCodes.Success ? ExitCodes.For(error.Kind) : exitCode;
            }
        }

        sink.Complete();
        return exitCode;
    }

    private void Report(ResolvedInput input, SummarizerException error)
    {
        console.Error.WriteLine($"summarizer: {input.Source}: {error.Message}");
        if (verbose && error.InnerException is { } inner)
        {
            console.Error.WriteLine(inner.ToString());
        }
    }
}
