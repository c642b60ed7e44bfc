namespace Summarizer.Cli;

/// <summary>The process's streams, injectable so tests run the CLI in-process.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin);
