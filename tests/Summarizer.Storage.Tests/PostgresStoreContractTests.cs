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

    protected override async Task<SqlArticleStore> CreateStoreAsync(TimeProvider time) =>
        new PostgresArticleStore(await _server!.CreateDatabaseAsync(), time, Lease);
}
