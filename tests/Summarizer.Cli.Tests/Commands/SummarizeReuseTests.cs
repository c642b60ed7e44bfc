using Summarizer.Cli.Tests.Support;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// <c>summarize</c> runs the same article workflow as the worker: a page whose text is already stored with a summary of
/// the same summarizer, model and prompt is not paid for again, whatever URL or file it comes from.
/// </summary>
[TestFixture]
public sealed class SummarizeReuseTests
{
    private string _folder = null!;
    private FakeOpenAiEndpoint _llm = null!;

    [SetUp]
    public async Task SetUp()
    {
        _folder = Directory.CreateTempSubdirectory("summarizer-reuse-").FullName;
        _llm = await FakeOpenAiEndpoint.StartAsync(FakeReply.Answer(
            "قال مسؤول في البيت الأبيض إن ترامب وبوتين يتحدثان اليوم.",
            "ترامب وبوتين يتحدثان اليوم", "زيلينسكي يزور البيت الأبيض", "روسيا شنت هجمات جديدة"));
    }

    [TearDown]
    public async Task TearDown()
    {
        await _llm.DisposeAsync();
        try
        {
            Directory.Delete(_folder, true);
        }
        catch (IOException)
        {
        }
    }

    [Test]
    public async Task Summarize_SamePageTwice_SecondRunReusesTheStoredSummaryWithoutCallingTheLlm()
    {
        var first = await CliRun.RunAsync(Settings(), "summarize", TestPages.SamplePath, "--summarizer", "llm", "--format", "json");
        var calls = _llm.Requests.Count;
        var second = await CliRun.RunAsync(Settings(), "summarize", TestPages.SamplePath, "--summarizer", "llm", "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.Zero, first.Error);
            Assert.That(second.ExitCode, Is.Zero, second.Error);
            Assert.That(calls, Is.GreaterThan(0), "the first run paid the LLM");
            Assert.That(_llm.Requests, Has.Count.EqualTo(calls), "the second run did not");
            Assert.That(Summary(second.Out), Is.EqualTo(Summary(first.Out)));
        });
    }

    [Test]
    public async Task Summarize_SameTextUnderAnotherFile_ReusesTheSummaryAndKeepsBothArticles()
    {
        var copy = Path.Combine(_folder, "copy-of-the-sample.html");
        File.Copy(TestPages.SamplePath, copy);

        await CliRun.RunAsync(Settings(), "summarize", TestPages.SamplePath, "--summarizer", "llm");
        var calls = _llm.Requests.Count;
        var duplicate = await CliRun.RunAsync(Settings(), "summarize", copy, "--summarizer", "llm");
        var list = await CliRun.RunAsync(Settings(), "list", "--status", "summarized");

        Assert.Multiple(() =>
        {
            Assert.That(duplicate.ExitCode, Is.Zero, duplicate.Error);
            Assert.That(_llm.Requests, Has.Count.EqualTo(calls), "the same text is summarized once");
            Assert.That(list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), Has.Exactly(2).Items, "two rows under the header: " + list.Out);
        });
    }

    [Test]
    public async Task Summarize_NoStore_PaysTheLlmEachTime()
    {
        await CliRun.RunAsync(Settings(), "summarize", TestPages.SamplePath, "--summarizer", "llm", "--no-store");
        var calls = _llm.Requests.Count;
        await CliRun.RunAsync(Settings(), "summarize", TestPages.SamplePath, "--summarizer", "llm", "--no-store");

        Assert.That(_llm.Requests, Has.Count.EqualTo(2 * calls), "without a store there is nothing to reuse");
    }

    private static string Summary(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("summary").GetString()!;

    private TestSettings Settings() => new(
        ("Summarizer:Llm:Provider", "OpenAI"),
        ("Summarizer:Llm:Endpoint", _llm.Endpoint.AbsoluteUri),
        ("Summarizer:Llm:Model", "test-model"),
        ("Summarizer:Llm:ApiKey", "test-key"),
        ("Summarizer:Storage:ConnectionString", $"Data Source={Path.Combine(_folder, "summarizer.db")};Pooling=False"));
}
