using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Summarizer.Worker;

namespace Summarizer.Web.Health;

/// <summary>
/// With the worker in the process: healthy while its last pass finished within twice the poll interval (its schedule).
/// Before the first pass, the process gets the same grace from its start.
/// </summary>
internal sealed class WorkerHealthCheck(WorkerPass pass, IOptions<WorkerOptions> options, TimeProvider time) : IHealthCheck
{
    private readonly DateTimeOffset _startedAt = time.GetUtcNow();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var allowed = options.Value.PollInterval * 2;
        var now = time.GetUtcNow();
        var result = pass.LastFinishedAt switch
        {
            { } last when now - last <= allowed => HealthCheckResult.Healthy($"last pass finished at {last:O}"),
            { } last => HealthCheckResult.Unhealthy($"last pass finished at {last:O}, longer ago than twice the poll interval ({allowed})"),
            null when now - _startedAt <= allowed => HealthCheckResult.Healthy("the first pass is running"),
            null => HealthCheckResult.Unhealthy($"no pass has finished since the start, {now - _startedAt:c} ago"),
        };
        return Task.FromResult(result);
    }
}
