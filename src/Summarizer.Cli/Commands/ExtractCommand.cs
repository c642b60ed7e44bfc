using System.CommandLine;
using Summarizer.Cli.Inputs;
using Summarizer.Cli.Output;
using Summarizer.Pipeline;

namespace Summarizer.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var inputs = CommonOptions.Inputs();
        var format = CommonOptions.Format("Output format", OutputFormat.Text, OutputFormat.Text, OutputFormat.Json, OutputFormat.Jsonl);
        var command = new Command("extract", "Print the article text and metadata the extractor takes from each page")
        {
            inputs, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var isVerbose = parse.GetValue(verbose);
            using var host = await CliHost.StartAsync(console, isVerbose, HostParts.Pipeline, cancellationToken);
            var workflow = host.Get<ArticleWorkflow>();
            var resolved = new InputResolver(console.OpenStdin).Resolve(parse.GetValue(inputs)!);
            return await new BatchRunner(console, isVerbose).RunAsync(
                resolved,
                workflow.ExtractAsync,
                SinkFactory.ForExtractions(parse.GetValue(format), console.Out),
                cancellationToken,
                InputResolver.Count(parse.GetValue(inputs)!));
        });
        return command;
    }
}
