using Summarizer.Storage;
using Summarizer.Testing;

namespace Summarizer.Storage.Tests;

[TestFixture]
public sealed class PostgresStoreContractTests : StoreContractTests
{
    private PostgresServer? _server;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await PostgresFixture.StartOrIgnoreAsync();

    [OneTimeTearDown]
    public async Task StopServer()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private string _connectionString = "";

    protected override string Dialect => "postgres";

    protected override async Task<System.Data.Common.DbConnection> OpenRawAsync()
    {
        var connection = new Npgsql.NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    protected override async Task<SqlArticleStore> CreateStoreAsync(TimeProvider time)
    {
        _connectionString = await _server!.CreateDatabaseAsync();
        return new PostgresArticleStore(_connectionString, time, Lease);
    }
}
