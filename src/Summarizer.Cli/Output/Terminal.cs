namespace Summarizer.Cli.Output;

/// <summary>Whether a writer is the process's own stream on a terminal: tables and progress for people, plain lines for pipes.</summary>
internal static class Terminal
{
    public static bool IsTerminal(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
        || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);
}
