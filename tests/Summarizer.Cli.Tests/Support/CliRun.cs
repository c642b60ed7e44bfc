using System.Text;

namespace Summarizer.Cli.Tests.Support;

/// <summary>The outcome of one in-process run of the command line.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args) => await RunWithStdinAsync("", args);

    public static async Task<CliRun> RunWithStdinAsync(string stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
