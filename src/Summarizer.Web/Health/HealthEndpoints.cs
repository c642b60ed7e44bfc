using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Summarizer.Web.Health;

internal static class HealthEndpoints
{
    public static IServiceCollection AddReadingRoomHealthChecks(this IServiceCollection services, bool withWorker)
    {
        var checks = services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        if (withWorker)
        {
            services.AddSingleton<WorkerHealthCheck>();
            checks.AddCheck<WorkerHealthCheck>("worker");
        }

        return services;
    }

    /// <summary><c>/healthz</c>: 200 when every check holds, 503 otherwise; the body names each check and why.</summary>
    public static void MapReadingRoomHealthChecks(this WebApplication app)
    {
        // Resolved now so the worker's grace period counts from the start, not from the first request.
        app.Services.GetService<WorkerHealthCheck>();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteAsync }).ExcludeFromDescription();
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), context.RequestAborted);
    }
}
