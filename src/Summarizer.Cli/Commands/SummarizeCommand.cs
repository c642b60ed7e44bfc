using System.CommandLine;
using Summarizer.Cli.Inputs;
using Summarizer.Cli.Output;
using Summarizer.Pipeline;
using Summarizer.Summarization;

namespace Summarizer.Cli.Commands;

internal static class SummarizeCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var inputs = CommonOptions.Inputs();
        var format = CommonOptions.Format("Output format: text (default), markdown, json, jsonl or html");
        var summarizer = new Option<SummarizerChoice>("--summarizer", "-s")
        {
            Description = "auto (the LLM when one is configured, else extractive), extractive or llm",
            DefaultValueFactory = _ => SummarizerChoice.Auto,
        };
        var noStore = new Option<bool>("--no-store") { Description = "Do not keep the summaries in the store (Summarizer:Storage)" };
        var command = new Command("summarize", "Summarize articles: an Arabic summary paragraph and 3-5 key points each")
        {
            inputs, format, summarizer, noStore,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var isVerbose = parse.GetValue(verbose);
            var keep = !parse.GetValue(noStore);
            using var host = await CliHost.StartAsync(console, isVerbose, keep ? HostParts.Store : HostParts.Pipeline, cancellationToken);
            var chosen = host.Get<ISummarizerSelector>().Select(parse.GetValue(summarizer));
            var workflow = host.Get<ArticleWorkflow>();
            var resolved = new InputResolver(console.OpenStdin).Resolve(parse.GetValue(inputs)!);
            return await new BatchRunner(console, isVerbose).RunAsync(
                resolved,
                (input, ct) => StoredSummaries.SummarizeAsync(workflow, input, chosen, console.Error, ct),
                SinkFactory.ForSummaries(parse.GetValue(format), console.Out),
                cancellationToken);
        });
        return command;
    }
}
