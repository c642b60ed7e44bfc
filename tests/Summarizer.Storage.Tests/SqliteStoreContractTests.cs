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

    protected override string Dialect => "sqlite";

    private string DatabasePath => Path.Combine(_folder, "data", "test.db");

    protected override async Task<System.Data.Common.DbConnection> OpenRawAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        return connection;
    }

    protected override Task<SqlArticleStore> CreateStoreAsync(TimeProvider time) =>
        Task.FromResult<SqlArticleStore>(new SqliteArticleStore($"Data Source={DatabasePath}", time, Lease));

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
