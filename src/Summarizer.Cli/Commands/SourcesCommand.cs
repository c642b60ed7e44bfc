using System.CommandLine;
using Microsoft.Extensions.Options;
using Summarizer.Sources;
using Summarizer.Storage;

namespace Summarizer.Cli.Commands;

internal static class SourcesCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var command = new Command("sources", "Each source: last poll, its answer, new articles, failures, and its articles by status");
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliHost.StartAsync(console, parse.GetValue(verbose), HostParts.Worker, cancellationToken);
            var reports = (await host.Get<IArticleCatalog>().GetSourceReportsAsync(cancellationToken)).ToDictionary(r => r.State.Name);
            var configured = host.Get<IOptions<SourcesOptions>>().Value.Sources;
            await console.Out.WriteLineAsync("name\tenabled\tlast poll\tstatus\tnew\tpoll failures\tarticles\tsummarized\tfailed\tpending\tlast error");
            var names = configured.Select(s => s.DisplayName).Concat(reports.Keys).Distinct();
            foreach (var name in names)
            {
                var options = configured.FirstOrDefault(s => s.DisplayName == name);
                var enabled = options is null ? "removed" : options.Enabled ? "yes" : "no";
                if (reports.TryGetValue(name, out var report))
                {
                    var state = report.State;
                    await console.Out.WriteLineAsync(string.Join('\t', name, enabled, StoreOptions.Time(state.LastPolledAt),
                        state.LastStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", state.NewArticles,
                        state.ConsecutiveFailures, report.Articles, report.Summarized, report.Failed, report.Pending, state.LastError ?? ""));
                }
                else
                {
                    await console.Out.WriteLineAsync(string.Join('\t', name, enabled, "never", "-", 0, 0, 0, 0, 0, 0, ""));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
