using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summarizer.Summarization;

public static class SummarizationServiceCollectionExtensions
{
    public static IServiceCollection AddSummarization(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SummaryContract>().Bind(configuration.GetSection(SummaryContract.SectionName))
            .ValidateDataAnnotations()
            .Validate(c => c.MinKeyPoints <= c.MaxKeyPoints && c.MinSummarySentences <= c.MaxSummarySentences
                           && c.PreferredKeyPointWords <= c.MaxKeyPointWords, "each minimum must not exceed its maximum")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ISummarizerSelector, SummarizerSelector>();
        return services;
    }
}
