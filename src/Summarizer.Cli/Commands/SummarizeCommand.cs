using System.CommandLine;
using Summarizer.Cli.Inputs;
using Summarizer.Cli.Output;
using Summarizer.Pipeline;
using Microsoft.Extensions.Options;
using Summarizer.Summarization;
using Summarizer.Summarization.Llm;

namespace Summarizer.Cli.Commands;

internal static class SummarizeCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var inputs = CommonOptions.Inputs();
        var format = CommonOptions.Format("Output format", OutputFormat.Text,
            OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Html);
        var summarizer = CommonOptions.Choice("--summarizer", "-s", "auto: the LLM when one is configured, else extractive",
            SummarizerChoice.Auto, SummarizerChoice.Auto, SummarizerChoice.Extractive, SummarizerChoice.Llm);
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
            var outputLanguage = host.Get<IOptions<LlmOptions>>().Value.OutputLanguage;
            return await new BatchRunner(console, isVerbose).RunAsync(
                resolved,
                async (input, ct) =>
                {
                    var result = await StoredSummaries.SummarizeAsync(workflow, input, chosen, console.Error, ct);
                    if (LanguageNotice.For(result, outputLanguage) is { } notice)
                    {
                        await console.Error.WriteLineAsync($"summarizer: {input.Source}: {notice}");
                    }

                    return result;
                },
                SinkFactory.ForSummaries(parse.GetValue(format), console.Out),
                cancellationToken,
                InputResolver.Count(parse.GetValue(inputs)!));
        });
        return command;
    }
}
