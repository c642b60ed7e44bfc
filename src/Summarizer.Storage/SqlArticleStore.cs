using System.Data.Common;
using Dapper;
using static Summarizer.Storage.RowMapping;

namespace Summarizer.Storage;

/// <summary>
/// The store in plain SQL that SQLite and PostgreSQL both run, one file per role (the work queue, summaries, source
/// state, the catalog); a provider supplies connections, its migrations and the claim's lock clause. The schema is
/// created or migrated on first use.
/// </summary>
public abstract partial class SqlArticleStore : IArticleQueue, ISummaryStore, ISourceStateStore, IArticleLookup, IDisposable
{
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private volatile bool _migrated;

    /// <param name="leaseDuration">How long a row added by <see cref="EnsureArticleAsync"/> stays reserved (<see cref="StorageOptions.LeaseDuration"/>).</param>
    protected SqlArticleStore(TimeProvider time, TimeSpan leaseDuration)
    {
        Time = time;
        LeaseDuration = leaseDuration;
    }

    protected TimeProvider Time { get; }

    protected TimeSpan LeaseDuration { get; }

    /// <summary>Migration scripts folder name under Migrations/.</summary>
    protected abstract string Dialect { get; }

    /// <summary>
    /// How the claim's inner select locks the rows it picks: PostgreSQL skips rows another worker is claiming
    /// (<c>FOR UPDATE SKIP LOCKED</c>); SQLite has one writer at a time and needs nothing.
    /// </summary>
    protected abstract string ClaimLockClause { get; }

    /// <summary>
    /// <paramref name="column"/> is one of the list parameter <paramref name="parameter"/>: Dapper expands <c>IN @ids</c> for
    /// SQLite, while Npgsql takes the list as one array (<c>= ANY(@ids)</c>).
    /// </summary>
    protected virtual string OneOf(string column, string parameter) => $"{column} IN {parameter}";

    protected abstract DbConnection CreateConnection();

    /// <summary>Runs inside the migration transaction before the version is read: a lock so that workers starting together migrate once.</summary>
    protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Runs first in <see cref="RecordFetchedUnlessDuplicateAsync"/>'s transaction: a lock held until it ends, so that two
    /// articles of the same text are recorded and checked one after the other. None where writers take turns anyway (SQLite).
    /// </summary>
    protected virtual Task LockTextAsync(DbConnection connection, DbTransaction transaction, string textHash, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Runs before the first connection opens, e.g. to create the folder of a database file.</summary>
    protected virtual void PrepareLocation()
    {
    }

    protected virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    private long Now => Ms(Time.GetUtcNow());

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        PrepareLocation();
        await using var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await PrepareDatabaseAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForMigrationAsync(connection, transaction, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
            transaction: transaction, cancellationToken: cancellationToken));
        var current = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(version) FROM schema_version", transaction: transaction, cancellationToken: cancellationToken)) ?? 0;
        foreach (var (version, sql) in Migrations.For(Dialect).Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, applied_at) VALUES (@version, @now)",
                new { version, now = Now }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        _migrated = true;
    }

    /// <summary>
    /// The schema version the database is at and the newest this build has, read without migrating (<c>summarizer check</c>).
    /// Opening a SQLite file that does not exist creates it empty.
    /// </summary>
    public async Task<(long Current, long Latest)> GetSchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        long current;
        try
        {
            current = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT MAX(version) FROM schema_version", cancellationToken: cancellationToken)) ?? 0;
        }
        catch (DbException)
        {
            current = 0; // no schema_version table: nothing applied yet
        }

        return (current, Migrations.For(Dialect).Max(m => m.Version));
    }

    protected internal async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await _migrateLock.WaitAsync(cancellationToken);
            try
            {
                if (!_migrated)
                {
                    await EnsureSchemaAsync(cancellationToken);
                    _migrated = true;
                }
            }
            finally
            {
                _migrateLock.Release();
            }
        }

        var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>A connection for a change: refused with "the store is read-only" when the store was opened for reading only.</summary>
    protected async Task<DbConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        if (ReadOnlyReason is { } reason)
        {
            await connection.DisposeAsync();
            throw new StoreReadOnlyException(reason);
        }

        return connection;
    }

    /// <summary>Why the store can only be read (it names the file), or null when it can be written.</summary>
    protected virtual string? ReadOnlyReason => null;

    /// <summary>Before the first use: the schema created or brought up to date (<see cref="MigrateAsync"/>), or checked when the store is read-only.</summary>
    protected virtual Task EnsureSchemaAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    /// <summary>The newest schema version this build knows.</summary>
    protected long LatestVersion => Migrations.For(Dialect).Max(m => m.Version);

    /// <summary>The schema version of the store as it is, 0 for an empty database.</summary>
    protected async Task<long> CurrentVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", cancellationToken: cancellationToken));
        return exists == 0 ? 0 : await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(version) FROM schema_version", cancellationToken: cancellationToken)) ?? 0;
    }

    private async Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForWriteAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private async Task<T?> SingleAsync<T>(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _migrateLock.Dispose();
        }
    }
}
