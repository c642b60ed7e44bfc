using Summarizer.Storage;

namespace Summarizer.Storage.Tests;

[TestFixture]
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("summarizer-sqlite-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, true);
    }

    protected override Task<SqlArticleStore> CreateStoreAsync(TimeProvider time) =>
        Task.FromResult<SqlArticleStore>(new SqliteArticleStore($"Data Source={Path.Combine(_folder, "data", "test.db")}", time, Lease));

    [Test]
    public async Task MigrateAsync_NewFile_UsesWalMode()
    {
        var sut = (SqliteArticleStore)await CreateStoreAsync(TimeProvider.System);
        await sut.MigrateAsync(CancellationToken.None);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={sut.DataSource}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("wal"));
    }
}
