using Dapper;
using Npgsql;
using Summarizer.Fetching.Politeness;

namespace Summarizer.Storage;

/// <summary>
/// Host turns shared by every worker on one PostgreSQL store: the host's row in <c>host_turns</c> is locked
/// (<c>SELECT ... FOR UPDATE</c>) for the length of the request and its next allowed time is set when the request ends.
/// Times come from the database's clock, so workers on machines whose clocks disagree still keep the delay; a worker
/// that dies mid-request drops its connection and with it the lock.
/// </summary>
public sealed class PostgresHostTurns : IHostTurns, IDisposable
{
    private const string DatabaseNowMs = "(extract(epoch FROM clock_timestamp()) * 1000)::bigint";

    private readonly NpgsqlDataSource _dataSource;
    private readonly SqlArticleStore _store;
    private readonly TimeProvider _time;

    /// <param name="store">Migrated before the first turn, so the table exists.</param>
    public PostgresHostTurns(string connectionString, SqlArticleStore store, TimeProvider time)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _store = store;
        _time = time;
    }

    public async Task<IHostTurn> TakeAsync(string host, CancellationToken cancellationToken)
    {
        await _store.MigrateAsync(cancellationToken);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO host_turns (host, next_allowed_at) VALUES (@host, 0) ON CONFLICT (host) DO NOTHING",
                new { host }, transaction, cancellationToken: cancellationToken));
            var wait = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT next_allowed_at - {DatabaseNowMs} FROM host_turns WHERE host = @host FOR UPDATE",
                new { host }, transaction, cancellationToken: cancellationToken));
            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait), _time, cancellationToken);
            }

            return new Turn(connection, transaction, host);
        }
        catch
        {
            await connection.DisposeAsync(); // rolls back and releases the row
            throw;
        }
    }

    public void Dispose() => _dataSource.Dispose();

    private sealed class Turn(NpgsqlConnection connection, NpgsqlTransaction transaction, string host) : IHostTurn
    {
        public TimeSpan DelayAfter { get; set; }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE host_turns SET next_allowed_at = {DatabaseNowMs} + @delay WHERE host = @host",
                    new { host, delay = (long)DelayAfter.TotalMilliseconds }, transaction));
                await transaction.CommitAsync();
            }
            finally
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }
}
