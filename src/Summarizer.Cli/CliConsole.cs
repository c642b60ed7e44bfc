namespace Summarizer.Cli;

/// <summary>The process's streams, injectable so tests run the CLI in-process.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin)
{
    /// <summary>Live progress is drawn only for a person at a terminal; redirected output gets plain lines.</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
