using System.Globalization;
using Microsoft.Extensions.Options;
using Summarizer.Storage;
using Summarizer.Worker;

namespace Summarizer.Cli.Check;

/// <summary>Opens the store and reads its schema version; applies pending migrations only when asked to.</summary>
internal static class StoreCheck
{
    public static async Task RunAsync(SqlArticleStore store, IOptions<StorageOptions> options, bool migrate, CheckReport report, CancellationToken cancellationToken)
    {
        var name = $"store ({options.Value.Provider.ToString().ToLowerInvariant()} {PassReporting.StoreName(options.Value)})";
        try
        {
            if (!migrate && store is SqliteArticleStore { DataSource: var file } && file != ":memory:" && !File.Exists(file))
            {
                report.Pass(name, "not created yet; the first command that uses it creates it (or run summarizer check --migrate)");
                return;
            }

            if (migrate)
            {
                await store.MigrateAsync(cancellationToken);
            }

            var (current, latest) = await store.GetSchemaVersionAsync(cancellationToken);
            var detail = current >= latest
                ? string.Create(CultureInfo.InvariantCulture, $"opened, schema version {current} (up to date)")
                : string.Create(CultureInfo.InvariantCulture,
                    $"opened, schema version {current} of {latest}: {latest - current} migrations pending, applied on first use or by summarizer check --migrate");
            report.Pass(name, detail);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            report.Fail(name, $"cannot open it: {ex.Message}");
        }
    }
}
