using Cronos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Fetching;
using Summarizer.Fetching.Politeness;
using Summarizer.Sources;

namespace Summarizer.Worker;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>Sources, politeness and the worker pass (the store comes from <c>AddStorage</c>).</summary>
    public static IServiceCollection AddWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PolitenessOptions>().Bind(configuration.GetSection(PolitenessOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SourcesOptions>()
            .Configure(o => configuration.GetSection(SourcesOptions.SectionName).Bind(o.Sources))
            .Validate(o => o.Sources.All(s => s.Url is null or { IsAbsoluteUri: true, Scheme: "http" or "https" }), "every source Url must be an absolute http(s) URL")
            .Validate(o => o.Sources.All(ValidSchedule), "every source Schedule must be a cron expression (5 fields, or 6 with seconds)")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourcesOptions>>(sp => new SourcesOptionsValidator(configuration, sp.GetRequiredService<TimeProvider>()));

        services.AddSingleton<IPolitenessGate, PolitenessGate>();
        services.AddSingleton(sp => new PolitePageFetcher(sp.GetRequiredService<IPageFetcher>(), sp.GetRequiredService<IPolitenessGate>()));
        services.AddSingleton<ConditionalFetcher>();
        services.AddSingleton<SourceDiscoverer>();
        services.AddSingleton<SourcePoller>();
        services.AddSingleton<ArticleProcessor>();
        services.AddSingleton<StoreRetry>();
        services.AddSingleton<WorkerPass>();
        return services;
    }

    private static bool ValidSchedule(SourceOptions source)
    {
        try
        {
            source.ParseSchedule();
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }
}
