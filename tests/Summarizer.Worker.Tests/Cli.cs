using Summarizer.Cli;

namespace Summarizer.Worker.Tests;

internal static class Cli
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, () => Stream.Null);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
