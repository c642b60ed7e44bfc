using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Summarizer.Configuration;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Summarization.Llm;

namespace Summarizer.Cli.Check;

/// <summary>
/// <c>summarizer check</c>: the first thing to run after editing appsettings.json. Validates the settings, opens the
/// store, calls the LLM once and fetches each source once; a ✓ or ✗ line per check. Exit 0 when all hold, 2 when the
/// configuration is invalid, 1 when another check failed.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var migrate = new Option<bool>("--migrate") { Description = "Apply pending store migrations (otherwise only reported)" };
        var command = new Command("check", "Check the setup: configuration, store, LLM endpoint and each source's feed; a ✓/✗ line each") { migrate };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var report = new CheckReport(console.Out);
            Microsoft.Extensions.Hosting.IHost host;
            try
            {
                host = await CliHost.StartAsync(console, parse.GetValue(verbose), HostParts.Worker, settings: null, console.Error, cancellationToken);
            }
            catch (InvalidConfigurationException ex)
            {
                foreach (var problem in ex.Problems)
                {
                    report.Fail("configuration", problem);
                }

                return ExitCodes.BadUsage;
            }

            using (host)
            {
                report.Pass("configuration", "every setting is valid (built-in defaults, ./appsettings.json, user secrets, environment)");
                await StoreCheck.RunAsync(host.Get<SqlArticleStore>(), host.Get<IOptions<StorageOptions>>(), parse.GetValue(migrate), report, cancellationToken);
                await LlmCheck.RunAsync(host.Services.GetService<Kernel>(), host.Get<IOptions<LlmOptions>>().Value, report, cancellationToken);
                await SourceCheck.RunAsync(host.Get<SourceDiscoverer>(), host.Get<IOptions<SourcesOptions>>().Value, report, cancellationToken);
            }

            if (report.Failures > 0)
            {
                await console.Error.WriteLineAsync($"summarizer: {report.Failures} checks failed");
                return ExitCodes.CheckFailed;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
