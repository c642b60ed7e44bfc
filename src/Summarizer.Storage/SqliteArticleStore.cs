using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Summarizer.Storage;

/// <summary>
/// The default store: one SQLite file (WAL mode) that several threads of one machine share. A file that cannot be
/// written (a read-only file or folder, or <c>Mode=ReadOnly</c> in the connection string) is opened for reading only:
/// no migration, no switch to WAL, so <c>list</c>, <c>show</c>, <c>export</c> and <c>sources</c> work and a change says
/// "the store is read-only". A file that is not a database, or a damaged one, is named as such.
/// </summary>
public sealed class SqliteArticleStore : SqlArticleStore
{
    // SQLite result codes (the primary code, the low byte of an extended one).
    private const int SqliteCorrupt = 11;
    private const int SqliteReadOnly = 8;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    private string _connectionString;
    private string? _readOnlyReason;

    /// <param name="leaseDuration">Null: <see cref="StorageOptions.LeaseDuration"/>'s default.</param>
    public SqliteArticleStore(string? connectionString, TimeProvider time, TimeSpan? leaseDuration = null)
        : base(time, leaseDuration ?? new StorageOptions().LeaseDuration)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? StorageOptions.DefaultSqliteConnectionString : connectionString);
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30; // how long a writer waits for another one (SQLITE_BUSY is retried until then)
        }

        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.ReadOnly)
        {
            _readOnlyReason = $"{DataSource} is opened with Mode=ReadOnly";
        }
    }

    public string DataSource { get; }

    protected override string Dialect => "sqlite";

    protected override string ClaimLockClause => "";

    protected override string? ReadOnlyReason => _readOnlyReason;

    protected override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    protected override void PrepareLocation()
    {
        if (DataSource.Length > 0 && DataSource != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(DataSource)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }

    protected override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode=WAL", cancellationToken: cancellationToken));
    }

    protected override async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(DataSource) && new FileInfo(DataSource).Length == 0)
        {
            // SQLite would take an empty file for an empty database and make it a store: a file left by something else.
            throw new StoreCorruptException(DataSource, "the file is empty (0 bytes)");
        }

        if (_readOnlyReason is null)
        {
            try
            {
                await MigrateAsync(cancellationToken);
                return;
            }
            catch (SqliteException ex) when (Code(ex) is SqliteReadOnly or SqliteCantOpen && File.Exists(DataSource))
            {
                // The file is there but cannot be written (a read-only file, folder or mount): read it as it is.
                _readOnlyReason = $"{DataSource} cannot be written ({ex.Message.TrimEnd('.')})";
                _connectionString = new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString();
            }
            catch (SqliteException ex) when (Code(ex) is SqliteNotADatabase or SqliteCorrupt)
            {
                throw new StoreCorruptException(DataSource, Code(ex) == SqliteCorrupt ? "the file is damaged" : "the file is not a database", ex);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                throw new SummarizerException(FailureKind.BadInput, $"the store {DataSource} cannot be created: {ex.Message}", ex);
            }
        }

        await CheckReadOnlySchemaAsync(cancellationToken);
    }

    /// <summary>A read-only store is read as it is: it must already hold this build's schema (an empty or older one cannot be migrated).</summary>
    private async Task CheckReadOnlySchemaAsync(CancellationToken cancellationToken)
    {
        long version;
        try
        {
            await using var connection = CreateConnection();
            await connection.OpenAsync(cancellationToken);
            version = await CurrentVersionAsync(connection, cancellationToken);
        }
        catch (SqliteException ex) when (Code(ex) is SqliteNotADatabase or SqliteCorrupt)
        {
            throw new StoreCorruptException(DataSource, Code(ex) == SqliteCorrupt ? "the file is damaged" : "the file is not a database", ex);
        }
        catch (SqliteException ex) when (Code(ex) is SqliteCantOpen)
        {
            throw new StoreReadOnlyException($"{DataSource} cannot be opened ({ex.Message.TrimEnd('.')})");
        }

        if (version < LatestVersion)
        {
            throw new StoreReadOnlyException(version == 0
                ? $"{DataSource} holds no store yet and cannot be written to create one"
                : $"{DataSource} has schema version {version} and this version of the tool needs {LatestVersion}; open it once with write access to migrate it");
        }
    }

    private static int Code(SqliteException ex) => ex.SqliteErrorCode & 0xFF;
}
