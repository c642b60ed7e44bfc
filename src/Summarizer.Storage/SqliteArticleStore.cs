using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Summarizer.Storage;

/// <summary>The default store: one SQLite file (WAL mode) that several threads of one machine share.</summary>
public sealed class SqliteArticleStore : SqlArticleStore
{
    private readonly string _connectionString;

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
    }

    public string DataSource { get; }

    protected override string Dialect => "sqlite";

    protected override string ClaimLockClause => "";

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
}
