using System.CommandLine;
using Summarizer.Cli.Output;
using Summarizer.Pipeline;
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
            // Each entry names every source that found its article (a feed and a sitemap of one site may both list it).
            var sources = new Dictionary<SummarizedArticle, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
            var sink = SinkFactory.ForSummaries(parse.GetValue(format), console.Out, r => sources.GetValueOrDefault(r));
            foreach (var item in stored.Where(s => s.Summary is not null))
            {
                var summarized = StoredSummaries.ToSummarized(item.Article, item.Summary!);
                sources[summarized] = item.Article.Sources.Count > 0 ? item.Article.Sources : [item.Article.Source];
                sink.Write(summarized);
            }

            sink.Complete();
            return ExitCodes.Success;
        });
        return command;
    }
}
