using Summarizer.Cli;

namespace Summarizer.Worker.Tests;

internal static class Cli
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(WorkerEnvironment environment, params string[] args)
    {
        using var stderr = new StringWriter();
        var (exit, stdout) = await RunAsync(environment, stderr, args);
        return (exit, stdout, stderr.ToString());
    }

    /// <summary>A run whose stderr the caller reads as it is written (e.g. an <see cref="Drills.ObservedWriter"/>).</summary>
    public static async Task<(int Exit, string Out)> RunAsync(WorkerEnvironment environment, TextWriter stderr, params string[] args)
    {
        using var stdout = new StringWriter();
        var exit = await CliApp.RunAsync(args, environment.Console(stdout, stderr));
        return (exit, stdout.ToString());
    }
}
