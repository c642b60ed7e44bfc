using System.CommandLine;
using System.Globalization;
using Summarizer.Cli.Output;
using Summarizer.Storage;

namespace Summarizer.Cli.Commands;

internal static class ListCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var source = StoreOptions.Source();
        var status = StoreOptions.Status();
        var since = StoreOptions.Since(console.Time);
        var command = new Command("list", "List stored articles: id, status, the sources that found it, attempts, last change, title, URL and the last error")
        {
            source, status, since,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliHost.StartAsync(console, parse.GetValue(verbose), HostParts.Store, cancellationToken);
            var articles = await host.Get<IArticleLookup>().QueryAsync(
                new ArticleQuery(parse.GetValue(source), parse.GetValue(status) is { } named ? ArticleStatusNames.Parse(named) : null, parse.GetValue(since), int.MaxValue), cancellationToken);
            var table = new TableWriter(console.Out, "id", "status", "sources", "attempts", "updated", "title", "url", "last error")
            {
                NoWrap = { "id", "status", "attempts", "updated" },
            };
            foreach (var (article, _) in articles)
            {
                table.Add(
                    article.Id.ToString(CultureInfo.InvariantCulture), article.Status.Name(), StoreOptions.Sources(article),
                    article.Attempts.ToString(CultureInfo.InvariantCulture), StoreOptions.Time(article.UpdatedAt),
                    string.IsNullOrWhiteSpace(article.Title) ? "-" : article.Title, article.Url,
                    article.LastError is { } error && article.Status != ArticleStatus.Summarized ? error : "");
            }

            table.Write();
            return ExitCodes.Success;
        });
        return command;
    }
}
