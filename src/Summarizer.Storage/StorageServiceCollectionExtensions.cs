using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Summarization.Llm.Budget;

namespace Summarizer.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The store named by <c>Summarizer:Storage:Provider</c>; its schema is migrated on first use.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Summarizer:Storage:ConnectionString is required when Summarizer:Storage:Provider is Postgres")
            .ValidateOnStart();
        services.AddSingleton<IArticleStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            return options.Provider == StorageProvider.Postgres
                ? new PostgresArticleStore(options.ConnectionString!, time)
                : new SqliteArticleStore(options.ConnectionString, time);
        });
        // The day's LLM spending is counted in the same database, so every worker on it shares one budget.
        services.AddSingleton<ILlmUsageStore>(sp => (ILlmUsageStore)sp.GetRequiredService<IArticleStore>());
        return services;
    }
}
