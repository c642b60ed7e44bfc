using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summarizer.Summarization;

public static class SummarizationServiceCollectionExtensions
{
    public static IServiceCollection AddSummarization(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ISummarizerSelector, SummarizerSelector>();
        return services;
    }
}
