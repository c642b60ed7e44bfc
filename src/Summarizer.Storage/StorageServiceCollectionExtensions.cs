using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Fetching.Politeness;
using Summarizer.Summarization.Llm.Budget;

namespace Summarizer.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The store named by <c>Summarizer:Storage:Provider</c> under each of its roles (<see cref="IArticleQueue"/>,
    /// <see cref="ISummaryStore"/>, <see cref="ISourceStateStore"/>, <see cref="IArticleCatalog"/>); its schema is migrated on first use.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Summarizer:Storage:ConnectionString is required when Summarizer:Storage:Provider is Postgres")
            .ValidateOnStart();
        services.AddSingleton<SqlArticleStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            return options.Provider == StorageProvider.Postgres
                ? new PostgresArticleStore(options.ConnectionString!, time, options.LeaseDuration)
                : new SqliteArticleStore(options.ConnectionString, time, options.LeaseDuration);
        });

        // One store, seen by each reader through the role it needs.
        services.AddSingleton<IArticleQueue>(sp => sp.GetRequiredService<SqlArticleStore>());
        services.AddSingleton<ISummaryStore>(sp => sp.GetRequiredService<SqlArticleStore>());
        services.AddSingleton<ISourceStateStore>(sp => sp.GetRequiredService<SqlArticleStore>());
        services.AddSingleton<IArticleLookup>(sp => sp.GetRequiredService<SqlArticleStore>());

        // Workers on one PostgreSQL store are a fleet: per-host politeness is shared through the store. (SQLite: in process.)
        // Read raw: a value that does not bind is reported by options validation at start, not here.
        var section = configuration.GetSection(StorageOptions.SectionName);
        if (string.Equals(section[nameof(StorageOptions.Provider)], nameof(StorageProvider.Postgres), StringComparison.OrdinalIgnoreCase)
            && section[nameof(StorageOptions.ConnectionString)] is { Length: > 0 } connectionString)
        {
            services.AddSingleton<IHostTurns>(sp => new PostgresHostTurns(connectionString, sp.GetRequiredService<SqlArticleStore>(), sp.GetRequiredService<TimeProvider>()));
        }

        // The day's LLM spending is counted in the same database, so every worker on it shares one budget.
        services.AddSingleton<ILlmUsageStore>(sp => (ILlmUsageStore)sp.GetRequiredService<SqlArticleStore>());
        return services;
    }
}
