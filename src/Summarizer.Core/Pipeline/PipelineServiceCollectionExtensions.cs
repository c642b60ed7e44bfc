using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Extraction;
using Summarizer.Fetching;
using Summarizer.Storage;
using Summarizer.Summarization;

namespace Summarizer.Pipeline;

internal static class PipelineServiceCollectionExtensions
{
    /// <summary>The article workflow with the plain fetcher and, when one is registered, the store.</summary>
    public static IServiceCollection AddArticlePipeline(this IServiceCollection services)
    {
        services.AddSingleton(sp => CreateWorkflow(sp, sp.GetRequiredService<IPageFetcher>()));
        return services;
    }

    /// <summary>The workflow with another fetcher (the worker's polite one) and the registered store, if any.</summary>
    public static ArticleWorkflow CreateWorkflow(IServiceProvider services, IPageFetcher fetcher) => new(
        fetcher,
        services.GetRequiredService<IContentExtractor>(),
        services.GetService<IArticleQueue>(),
        services.GetService<ISummaryStore>(),
        services.GetRequiredService<IOptions<SummaryContract>>().Value,
        services.GetRequiredService<TimeProvider>(),
        services.GetRequiredService<ILogger<ArticleWorkflow>>());
}
