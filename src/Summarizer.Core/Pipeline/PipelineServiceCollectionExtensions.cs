using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddArticlePipeline(this IServiceCollection services)
    {
        services.AddSingleton<IArticlePipeline, ArticlePipeline>();
        return services;
    }
}
