using System.CommandLine;
using Summarizer.Cli.Output;

namespace Summarizer.Cli.Commands;

internal static class CommonOptions
{
    public static Argument<string[]> Inputs() => new("input")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "http(s) URLs, .html/.htm/.html.gz files, plain-text files, directories of pages, or - for stdin",
    };

    public static Option<OutputFormat> Format(string description) => new("--format", "-f")
    {
        Description = description,
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Log progress at Debug level to stderr and show stack traces of failures",
        Recursive = true,
    };
}
