using Microsoft.Extensions.Configuration;
using Summarizer.Hosting;

namespace Summarizer.Cli;

/// <summary>
/// What the command line takes from the process it runs in: its streams, its settings and its clock. Injectable, so
/// tests run the CLI in-process, side by side, each with its own settings, without touching environment variables or
/// the current directory.
/// </summary>
/// <param name="AddConfiguration">Adds the user's settings over the embedded defaults (the process: <see cref="ForProcess"/>).</param>
internal sealed record CliConsole(
    TextWriter Out, TextWriter Error, Func<Stream> OpenStdin, Action<IConfigurationBuilder> AddConfiguration, TimeProvider Time)
{
    /// <summary>The real process: <c>appsettings.json</c> in the working directory, user secrets, environment variables, the system clock.</summary>
    public static CliConsole ForProcess(TextWriter stdout, TextWriter stderr, Func<Stream> openStdin) =>
        new(stdout, stderr, openStdin, c => SummarizerHostBuilderExtensions.AddProcessSources(c, Directory.GetCurrentDirectory()), TimeProvider.System);

    /// <summary>Live progress is drawn only for a person at a terminal; redirected output gets plain lines.</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
