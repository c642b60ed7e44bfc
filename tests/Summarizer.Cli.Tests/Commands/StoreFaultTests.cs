using Microsoft.Data.Sqlite;
using Summarizer.Cli.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// A store that can only be read is read (no migration, no switch to WAL) and a change says "the store is read-only";
/// a store file that is not a database, damaged or empty is named (exit 2), never "internal error" nor silently replaced.
/// </summary>
[TestFixture]
public sealed class StoreFaultTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("summarizer-store-faults-").FullName;

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, true);
        }
        catch (IOException)
        {
        }
    }

    [Test]
    public async Task ReadCommands_ReadOnlyStore_ListShowExportSourcesWorkAndChangeNothing()
    {
        var file = await StoreWithOneSummaryAsync();
        var before = await File.ReadAllBytesAsync(file);
        var env = Store($"Data Source={file};Mode=ReadOnly");

        var runs = new[]
        {
            await CliRun.RunAsync(env, "list"), await CliRun.RunAsync(env, "show", "1"), await CliRun.RunAsync(env, "export", "--format", "jsonl"),
            await CliRun.RunAsync(env, "sources"),
        };

        SqliteConnection.ClearAllPools();
        Assert.Multiple(() =>
        {
            foreach (var run in runs)
            {
                Assert.That(run.ExitCode, Is.Zero, run.Error);
            }

            Assert.That(runs[0].Out, Does.Contain("summarized"));
            Assert.That(File.ReadAllBytes(file), Is.EqualTo(before), "not migrated, not switched, not touched");
        });
    }

    [Test]
    public async Task Summarize_ReadOnlyStore_PrintsTheSummaryAndSaysTheStoreIsReadOnly()
    {
        var file = await StoreWithOneSummaryAsync();
        var env = Store($"Data Source={file};Mode=ReadOnly");

        var run = await CliRun.RunAsync(env, "summarize", TestPages.SamplePath);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Out, Does.Contain("ملخص المقال"));
        Assert.That(run.Error, Does.Contain("the store is read-only").And.Contain(file));
    }

    [Test]
    public async Task RunOnce_ReadOnlyStore_FailsSayingTheStoreIsReadOnly()
    {
        var file = await StoreWithOneSummaryAsync();
        var env = Store($"Data Source={file};Mode=ReadOnly");
        env.Set("Summarizer__Sources__0__Url", "http://127.0.0.1:9/feed.xml");

        var run = await CliRun.RunAsync(env, "run", "--once");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage), run.Error);
        Assert.That(run.Error, Does.Contain("the store is read-only").And.Not.Contain("internal error"));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task List_ReadOnlyFolder_ReadsTheStore()
    {
        if (Environment.UserName == "root")
        {
            Skip.Because("permission bits do not stop root");
        }

        if (OperatingSystem.IsWindows())
        {
            Skip.Because("Unix permissions");
        }

        var file = await StoreWithOneSummaryAsync();
        SqliteConnection.ClearAllPools();
        var env = Store($"Data Source={file}");
        var folder = Path.GetDirectoryName(file)!;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var run = await CliRun.RunAsync(env, "list");

            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Out, Does.Contain("summarized"));
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [TestCase("not a database at all, just some text that is long enough to be read as a header by sqlite", "not a database", TestName = "List_StoreFileIsText_NamedAsNotADatabase")]
    [TestCase("", "empty", TestName = "List_StoreFileIsEmpty_NamedAndNotTurnedIntoAStore")]
    public async Task List_StoreFileUnusable(string content, string expected)
    {
        var file = Path.Combine(_folder, "store.db");
        await File.WriteAllTextAsync(file, content);
        var env = Store($"Data Source={file}");

        var run = await CliRun.RunAsync(env, "list");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage), run.Error);
        Assert.That(run.Error, Does.Contain(file).And.Contain(expected).And.Not.Contain("internal error"));
        Assert.That(await File.ReadAllTextAsync(file), Is.EqualTo(content), "left as it was");
    }

    [Test]
    public async Task List_StoreUnderAFile_NamedAndNotInternalError()
    {
        var env = Store("Data Source=/dev/null/x.db");

        var run = await CliRun.RunAsync(env, "list");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage), run.Error);
        Assert.That(run.Error, Does.Contain("/dev/null/x.db").And.Not.Contain("internal error"));
    }

    private static TestSettings Store(string connectionString) => new(("Summarizer__Storage__ConnectionString", connectionString));

    /// <summary>A store made the ordinary way (writable), holding the sample's summary.</summary>
    private async Task<string> StoreWithOneSummaryAsync()
    {
        var file = Path.Combine(_folder, "data", "store.db");
        var run = await CliRun.RunAsync(Store($"Data Source={file}"), "summarize", TestPages.SamplePath);
        Assert.That(run.ExitCode, Is.Zero, run.Error);

        SqliteConnection.ClearAllPools();
        return file;
    }
}
