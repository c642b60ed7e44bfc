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

    public static Option<OutputFormat> Format(string description, OutputFormat defaultValue, params OutputFormat[] choices) =>
        Choice("--format", "-f", description, defaultValue, choices);

    /// <summary>
    /// An option taking one of <paramref name="choices"/>, shown and accepted in lowercase (<c>--format text|json</c>);
    /// any other value is one line naming the option and its choices.
    /// </summary>
    public static Option<T> Choice<T>(string name, string alias, string description, T defaultValue, params T[] choices)
        where T : struct, Enum
    {
        var names = choices.Select(c => c.ToString().ToLowerInvariant()).ToArray();
        var option = new Option<T>(name, alias)
        {
            Description = $"{description} [default: {defaultValue.ToString().ToLowerInvariant()}]",
            HelpName = string.Join('|', names),
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return defaultValue;
                }

                var token = result.Tokens[0].Value;
                var index = Array.FindIndex(names, n => n.Equals(token, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    result.AddError($"{name} must be one of {string.Join(", ", names)}, not '{token}'");
                    return defaultValue;
                }

                return choices[index];
            },
        };
        option.CompletionSources.Add(names);
        return option;
    }

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Log progress at Debug level to stderr and show stack traces of failures",
        Recursive = true,
    };
}
