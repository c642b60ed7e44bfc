using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.Summarization;

public static class SummarizationServiceCollectionExtensions
{
    public static IServiceCollection AddSummarization(this IServiceCollection services)
    {
        services.AddSingleton<ISummarizerSelector, SummarizerSelector>();
        return services;
    }
}
