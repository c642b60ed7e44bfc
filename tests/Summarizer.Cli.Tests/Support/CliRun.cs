using System.Text;

namespace Summarizer.Cli.Tests.Support;

/// <summary>The outcome of one in-process run of the command line.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(TestSettings.None, args);

    public static Task<CliRun> RunAsync(TestSettings settings, params string[] args) => RunWithStdinAsync(settings, "", args);

    public static Task<CliRun> RunWithStdinAsync(string stdin, params string[] args) => RunWithStdinAsync(TestSettings.None, stdin, args);

    /// <summary>A run with no store setting gets a store of its own in a temp folder, deleted afterwards.</summary>
    public static async Task<CliRun> RunWithStdinAsync(TestSettings settings, string stdin, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var folder = settings.HasStore ? null : Directory.CreateTempSubdirectory("summarizer-cli-").FullName;
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var console = (folder is null ? settings : settings.WithStoreIn(folder))
                .Console(stdout, stderr, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
            var code = await CliApp.RunAsync(args, console);
            return new CliRun(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            if (folder is not null)
            {
                try
                {
                    Directory.Delete(folder, true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
