using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.Summarization.Extractive;

public static class ExtractiveSummarizationServiceCollectionExtensions
{
    public static IServiceCollection AddExtractiveSummarizer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExtractiveSummarizerOptions>()
            .Bind(configuration.GetSection(ExtractiveSummarizerOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ExtractiveSummarizer>();
        services.AddSingleton<IArticleSummarizer>(sp => sp.GetRequiredService<ExtractiveSummarizer>());
        return services;
    }
}
