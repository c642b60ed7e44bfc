using Microsoft.Extensions.Diagnostics.HealthChecks;
using Summarizer.Storage;

namespace Summarizer.Web.Health;

/// <summary>Healthy when the store answers one query.</summary>
internal sealed class StoreHealthCheck(IArticleCatalog catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await catalog.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy("the store answers");
        }
#pragma warning disable CA1031 // Whatever the store throws, the answer is "unhealthy", with the reason.
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy($"the store does not answer: {ex.Message}");
        }
    }
}
