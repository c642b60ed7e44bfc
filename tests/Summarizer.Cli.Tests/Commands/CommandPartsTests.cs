using Summarizer.Cli.Tests.Support;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// Each command builds, opens and validates only what it uses: <c>extract</c> and <c>summarize --no-store</c> run with a
/// broken store and broken sources and create no store; <c>list</c> reads the store whatever the sources say.
/// </summary>
[TestFixture]
public sealed class CommandPartsTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("summarizer-parts-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [TestCase("extract")]
    [TestCase("summarize", "--no-store")]
    public async Task PipelineCommand_BrokenStoreAndSources_RunsAndOpensNoStore(params string[] command)
    {
        var settings = BrokenSources(new TestSettings(
            ("Summarizer__Storage__Provider", "mysql"),
            ("Summarizer__Storage__LeaseDuration", "forever"),
            ("Summarizer__Storage__ConnectionString", $"Data Source={StoreFile}")));

        var run = await CliRun.RunAsync(settings, [.. command, TestPages.SamplePath]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
            Assert.That(run.Out, Is.Not.Empty);
            Assert.That(File.Exists(StoreFile), Is.False, "the store was not opened");
        });
    }

    [Test]
    public async Task Summarize_BrokenStore_IsAUsageErrorNamingTheStoreSetting()
    {
        var settings = new TestSettings(("Summarizer__Storage__Provider", "mysql"), ("Summarizer__Storage__ConnectionString", $"Data Source={StoreFile}"));

        var run = await CliRun.RunAsync(settings, "summarize", TestPages.SamplePath);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
            Assert.That(run.Error, Does.Contain("Summarizer__Storage__Provider='mysql'"));
        });
    }

    [Test]
    public async Task List_BrokenSources_ReadsTheStore()
    {
        var settings = BrokenSources(new TestSettings(("Summarizer__Storage__ConnectionString", $"Data Source={StoreFile};Pooling=False")));

        var run = await CliRun.RunAsync(settings, "list");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
    }

    private string StoreFile => Path.Combine(_folder, "data", "summarizer.db");

    private static TestSettings BrokenSources(TestSettings settings) => settings
        .Set("Summarizer__Sources__0__Url", "feed.xml")
        .Set("Summarizer__Sources__0__Schedule", "often")
        .Set("Summarizer__Worker__Concurrency", "0")
        .Set("Summarizer__Politeness__MinDelayPerHost", "soon");
}
