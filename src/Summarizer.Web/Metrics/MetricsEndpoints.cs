using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using Summarizer.Diagnostics;

namespace Summarizer.Web.Metrics;

/// <summary><c>/metrics</c> in Prometheus text format: the worker's meter and ASP.NET Core's HTTP server metrics.</summary>
internal static class MetricsEndpoints
{
    public static IServiceCollection AddReadingRoomMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SummarizerMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        return services;
    }

    public static void MapReadingRoomMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint("/metrics").ExcludeFromDescription();
}
