using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Summarizer.Storage.Catalog;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>The read side of the configured store (<c>AddStorage</c> must have run).</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.TryAddSingleton<IArticleCatalog>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var store = sp.GetRequiredService<SqlArticleStore>();
            return options.Provider == StorageProvider.Postgres
                ? new PostgresArticleCatalog(store)
                : new SqliteArticleCatalog(store);
        });
        return services;
    }
}
