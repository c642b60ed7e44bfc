using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Summarizer.Worker;

/// <summary>The worker as a hosted service: a pass every poll interval (sources by their cron schedules, due retries).
/// Stopping cancels the pass: in-flight articles finish their current step or are released.</summary>
public sealed class WorkerService(WorkerPass pass, IOptions<WorkerOptions> options, TimeProvider time, ILogger<WorkerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass.RunAsync(allSources: false, waitForLeased: false, stoppingToken);
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
}
