using System.CommandLine;
using Summarizer.Cli.Output;
using Summarizer.Storage;

namespace Summarizer.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var format = CommonOptions.Format("Output format", OutputFormat.Jsonl, OutputFormat.Jsonl, OutputFormat.Markdown, OutputFormat.Html);
        var source = StoreOptions.Source();
        var since = StoreOptions.Since(console.Time);
        var command = new Command("export", "Print every stored summary (summarized articles) as JSON lines, Markdown or one HTML page")
        {
            format, source, since,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliHost.StartAsync(console, parse.GetValue(verbose), HostParts.Store, cancellationToken);
            var stored = await host.Get<IArticleLookup>().QueryAsync(
                new ArticleQuery(parse.GetValue(source), ArticleStatus.Summarized, parse.GetValue(since), int.MaxValue), cancellationToken);
            var sink = SinkFactory.ForSummaries(parse.GetValue(format), console.Out);
            foreach (var item in stored.Where(s => s.Summary is not null))
            {
                sink.Write(StoredSummaries.ToSummarized(item.Article, item.Summary!));
            }

            sink.Complete();
            return ExitCodes.Success;
        });
        return command;
    }
}
