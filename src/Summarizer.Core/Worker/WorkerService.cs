using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Summarization;

namespace Summarizer.Worker;

/// <summary>The worker as a hosted service: a pass every poll interval (sources by their cron schedules, due retries).
/// Stopping cancels the pass: in-flight articles finish their current step or are released. It says what it does at
/// Information level: a start line (store, sources, schedule), one line per pass that did anything, and a stop line.</summary>
public sealed class WorkerService(
    WorkerPass pass,
    IOptions<WorkerOptions> options,
    IOptions<StorageOptions> storage,
    IOptions<SourcesOptions> sources,
    TimeProvider time,
    ILogger<WorkerService> logger)
    : BackgroundService
{
    private int _passes;
    private int _summarized;
    private int _failed;
    private TokenUsage _usage = TokenUsage.None;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        WorkerLog.Started(logger, PassReporting.Setup(storage.Value, sources.Value, options.Value));
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        WorkerLog.Stopped(logger, _passes, _summarized, _failed, PassReporting.Usage(_usage));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Record(await pass.RunAsync(allSources: false, waitForLeased: false, stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The database away for a minute must not end the service.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                WorkerLog.PassFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>An idle pass (nothing due, every minute) is logged at Debug only, so the log shows work, not ticks.</summary>
    private void Record(PassReport report)
    {
        _passes++;
        _summarized += report.Count(ArticleOutcome.Summarized);
        _failed += report.Count(ArticleOutcome.Failed);
        _usage = _usage.Add(report.Usage);
        if (report.IsEmpty)
        {
            WorkerLog.PassIdle(logger);
        }
        else
        {
            WorkerLog.PassDone(logger, PassReporting.Describe(report));
        }
    }
}
