using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Extraction.PlainText;

namespace Summarizer.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExtractionOptions>()
            .Bind(configuration.GetSection(ExtractionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<HtmlContentExtractor>();
        services.AddSingleton<PlainTextExtractor>();
        services.AddSingleton<IContentExtractor, ContentExtractor>();
        return services;
    }
}
