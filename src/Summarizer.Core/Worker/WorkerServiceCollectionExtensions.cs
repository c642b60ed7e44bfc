using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourcesOptions>>(sp => new SourcesOptionsValidator(configuration, sp.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton<IHostTurns, InProcessHostTurns>(); // a PostgreSQL store registers the fleet's shared turns first
        services.AddSingleton<IPolitenessGate, PolitenessGate>();
        services.AddSingleton(sp => new PolitePageFetcher(sp.GetRequiredService<IPageFetcher>(), sp.GetRequiredService<IPolitenessGate>()));
        services.AddSingleton<ConditionalFetcher>();
        services.AddSingleton<SourceDiscoverer>();
        services.AddSingleton<SourcePoller>();
        // The one article workflow, with the polite fetcher: robots.txt, per-host delays and the global limit.
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ArticleProcessor>(sp,
            Pipeline.PipelineServiceCollectionExtensions.CreateWorkflow(sp, sp.GetRequiredService<PolitePageFetcher>())));
        services.AddSingleton<StoreRetry>();
        services.AddSingleton<WorkerPass>();
        return services;
    }
}
