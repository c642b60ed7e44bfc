using System.CommandLine;
using Microsoft.Extensions.Options;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Summarization.Llm;
using Summarizer.Summarization.Llm.Budget;

namespace Summarizer.Cli.Commands;

internal static class SourcesCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var command = new Command("sources", "Each source: last poll, its answer, new articles, failures, and its articles by status");
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliHost.StartAsync(console, parse.GetValue(verbose), HostParts.Worker, cancellationToken);
            var reports = (await host.Get<IArticleLookup>().GetSourceReportsAsync(cancellationToken)).ToDictionary(r => r.State.Name);
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

            await LlmTodayAsync(console.Out, host, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Today's LLM spending from the store (shared by every worker on it), against the budgets when set.</summary>
    private static async Task LlmTodayAsync(TextWriter output, Microsoft.Extensions.Hosting.IHost host, CancellationToken cancellationToken)
    {
        var llm = host.Get<IOptions<LlmOptions>>().Value;
        var day = DateOnly.FromDateTime(host.Get<TimeProvider>().GetUtcNow().UtcDateTime);
        var usage = await host.Get<ILlmUsageStore>().GetUsageAsync(day, cancellationToken);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var tokens = llm.DailyTokenBudget > 0 ? string.Create(inv, $"{usage.Tokens} of {llm.DailyTokenBudget} tokens") : string.Create(inv, $"{usage.Tokens} tokens");
        var cost = llm.DailyCostBudget > 0 ? string.Create(inv, $"cost {usage.Cost:0.######} of {llm.DailyCostBudget}") : string.Create(inv, $"cost {usage.Cost:0.######}");
        await output.WriteLineAsync(string.Create(inv, $"\nLLM today ({day:yyyy-MM-dd} UTC): {tokens}, {cost}, {usage.Calls} calls"));
    }
}
