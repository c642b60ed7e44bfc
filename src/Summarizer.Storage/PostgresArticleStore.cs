using System.Data.Common;
using Dapper;
using Npgsql;

namespace Summarizer.Storage;

/// <summary>
/// The shared store for many workers on many machines: claims take rows with <c>FOR UPDATE SKIP LOCKED</c>
/// and hold them by a lease that expires, so a worker that dies loses nothing.
/// </summary>
public sealed class PostgresArticleStore : SqlArticleStore
{
    private const long MigrationLockKey = 0x5355_4D4D_4152; // "SUMMAR"
    private readonly NpgsqlDataSource _dataSource;

    /// <param name="leaseDuration">Null: <see cref="StorageOptions.LeaseDuration"/>'s default.</param>
    public PostgresArticleStore(string connectionString, TimeProvider time, TimeSpan? leaseDuration = null)
        : base(time, leaseDuration ?? new StorageOptions().LeaseDuration)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("PostgreSQL needs Summarizer:Storage:ConnectionString.", nameof(connectionString));
        }

        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    protected override string Dialect => "postgres";

    protected override string ClaimLockClause => "FOR UPDATE SKIP LOCKED";

    protected override string OneOf(string column, string parameter) => $"{column} = ANY({parameter})";

    protected override DbConnection CreateConnection() => _dataSource.CreateConnection();

    protected override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(@key)", new { key = MigrationLockKey }, transaction, cancellationToken: cancellationToken));

    // Read committed: without the lock, two transactions recording copies of one text at once would not see each other's row.
    protected override Task LockTextAsync(DbConnection connection, DbTransaction transaction, string textHash, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtextextended(@textHash, 0))", new { textHash }, transaction, cancellationToken: cancellationToken));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
        }

        base.Dispose(disposing);
    }
}
