using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Summarizer.Summarization.Extractive;

public static class ExtractiveSummarizationServiceCollectionExtensions
{
    public static IServiceCollection AddExtractiveSummarizer(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ExtractiveSummarizerOptions.SectionName);
        services.AddOptions<ExtractiveSummarizerOptions>()
            .Bind(section)
            .Configure<IOptions<SummaryContract>>((o, contract) => BindToContract(o, contract.Value, section))
            .ValidateDataAnnotations()
            .Validate<IOptions<SummaryContract>>((o, contract) => KeepsContract(o, contract.Value),
                $"the extractive limits under {ExtractiveSummarizerOptions.SectionName} must lie within {SummaryContract.SectionName}")
            .ValidateOnStart();
        services.AddSingleton<ExtractiveSummarizer>();
        services.AddSingleton<IArticleSummarizer>(sp => sp.GetRequiredService<ExtractiveSummarizer>());
        return services;
    }

    /// <summary>
    /// The key-point limits come from the one summary contract. The same settings under <c>Summarizer:Extractive</c>
    /// still win when written (the names users had before the contract), within the contract.
    /// </summary>
    private static void BindToContract(ExtractiveSummarizerOptions options, SummaryContract contract, IConfigurationSection section)
    {
        if (section[nameof(ExtractiveSummarizerOptions.MinKeyPoints)] is null)
        {
            options.MinKeyPoints = contract.MinKeyPoints;
        }

        if (section[nameof(ExtractiveSummarizerOptions.MaxKeyPoints)] is null)
        {
            options.MaxKeyPoints = contract.MaxKeyPoints;
        }

        if (section[nameof(ExtractiveSummarizerOptions.MaxKeyPointWords)] is null)
        {
            options.MaxKeyPointWords = contract.MaxKeyPointWords;
        }

        if (section[nameof(ExtractiveSummarizerOptions.PreferredKeyPointWords)] is null)
        {
            options.PreferredKeyPointWords = contract.PreferredKeyPointWords;
        }
    }

    private static bool KeepsContract(ExtractiveSummarizerOptions options, SummaryContract contract) =>
        options.SummarySentences >= contract.MinSummarySentences && options.SummarySentences <= contract.MaxSummarySentences
        && options.MinKeyPoints >= contract.MinKeyPoints && options.MaxKeyPoints <= contract.MaxKeyPoints
        && options.MaxKeyPointWords <= contract.MaxKeyPointWords;
}
