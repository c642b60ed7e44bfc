using Summarizer.Cli;

namespace Summarizer.Worker.Tests;

internal static class Cli
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(WorkerEnvironment environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, environment.Console(stdout, stderr));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
