using System.Text.Json;
using Summarizer.Cli.Tests.Support;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Cli.Tests.Llm;

/// <summary>
/// What a person sees of the LLM path, against the loopback endpoint: a failing server costs a few stderr lines, not
/// stack traces; <c>auto</c> degrades to the extractive summary; an unverified answer is never shown as verified.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class LlmCliTests
{
    /// <summary>An Arabic answer about the sample page with a number the page does not hold.</summary>
    private static readonly FakeReply Invented = FakeReply.Answer(
        "قال مسؤول في البيت الأبيض إن 987654 شخصا تابعوا مكالمة ترامب وبوتين اليوم.",
        "ترامب وبوتين يتحدثان اليوم", "زيلينسكي يزور البيت الأبيض", "روسيا شنت هجمات جديدة");

    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("summarizer-llm-cli-").FullName;

    [TearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, true);
        }
        catch (IOException)
        {
        }
    }

    [Test]
    public async Task Summarize_ServerErrorAlwaysWithLlm_FiveStderrLinesRetriesThenOneError()
    {
        await using var endpoint = await FakeOpenAiEndpoint.StartAsync(FakeReply.Error(500));

        var run = await CliProcess.RunAsync(Settings(endpoint.Endpoint), "summarize", TestPages.SamplePath, "--summarizer", "llm");

        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.SummarizationFailed), run.Error);
            Assert.That(lines, Has.Length.LessThanOrEqualTo(5), run.Error);
            Assert.That(lines.Take(4), Is.All.Contain("LLM answered 500; retry"), "one line per failed attempt");
            Assert.That(lines[3], Does.Contain("retry 4 of 4"));
            Assert.That(lines[^1], Does.StartWith("summarizer: ").And.Contain("LLM endpoint answered 500 Internal Server Error after 4 retries"));
            Assert.That(run.Error, Does.Not.Contain("SemanticKernel").And.Not.Contain("   at "), "no stack trace");
            Assert.That(endpoint.Requests, Has.Count.EqualTo(5));
        });
    }

    [Test]
    public async Task Summarize_ServerErrorAlwaysWithAuto_ExtractiveSummaryOneWarningExitZero()
    {
        await using var endpoint = await FakeOpenAiEndpoint.StartAsync(FakeReply.Error(500));

        var run = await CliProcess.RunAsync(Settings(endpoint.Endpoint), "summarize", TestPages.SamplePath);

        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Out, Does.Contain("ملخص المقال").And.Contain("النقاط الأساسية"));
            Assert.That(lines, Has.Length.LessThanOrEqualTo(5), run.Error);
            Assert.That(lines.Count(l => l.Contains("the extractive summary is used", StringComparison.Ordinal)), Is.EqualTo(1), run.Error);
        });
    }

    [TestCase("401")]
    [TestCase("500")]
    [TestCase("down")]
    public async Task Summarize_AutoWithFailingEndpoint_ExtractiveJsonExitZero(string fault)
    {
        await using var endpoint = await FakeOpenAiEndpoint.StartAsync(FakeReply.Error(fault == "401" ? 401 : 500));
        var url = fault == "down" ? new Uri("http://127.0.0.1:9/v1/") : endpoint.Endpoint;
        var env = Environment(url, ("Summarizer__Llm__MaxRetries", "1"));

        var run = await CliRun.RunAsync(env, "summarize", TestPages.SamplePath, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(json.RootElement.GetProperty("summarizer").GetString(), Is.EqualTo("extractive"));
            Assert.That(json.RootElement.GetProperty("validationIssues")[0].GetString(), Does.Contain("the LLM failed"));
        });
    }

    [TestCase("text", "⚠ لم يُتحقَّق من هذا الملخص: ")]
    [TestCase("markdown", "> ⚠ **لم يُتحقَّق من هذا الملخص: ")]
    [TestCase("html", "<p class=\"unverified\" role=\"alert\"")]
    public async Task Summarize_UngroundedAnswerKeptUngrounded_WarningLineAboveTheBox(string format, string warning)
    {
        await using var endpoint = await FakeOpenAiEndpoint.StartAsync(Invented);
        var env = Environment(endpoint.Endpoint, ("Summarizer__Llm__OnValidationFailure", "KeepUngrounded"));

        var run = await CliRun.RunAsync(env, "summarize", TestPages.SamplePath, "--format", format);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Out, Does.Contain(warning));
            Assert.That(run.Out.IndexOf(warning, StringComparison.Ordinal), Is.LessThan(run.Out.IndexOf("ملخص المقال", run.Out.IndexOf("</title>", StringComparison.Ordinal) + 1, StringComparison.Ordinal)),
                "above the box");
            Assert.That(run.Out, Does.Contain("987654"), "the reason names the number");
        });
    }

    [Test]
    public async Task Summarize_UngroundedAnswerKeptUngroundedJson_GroundedFalse()
    {
        await using var endpoint = await FakeOpenAiEndpoint.StartAsync(Invented);
        var env = Environment(endpoint.Endpoint, ("Summarizer__Llm__OnValidationFailure", "KeepUngrounded"));

        var run = await CliRun.RunAsync(env, "summarize", TestPages.SamplePath, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("summarizer").GetString(), Is.EqualTo("llm"));
            Assert.That(json.RootElement.GetProperty("grounded").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task Summarize_UngroundedAnswerByDefault_ExtractiveShownRejectedAnswerKeptForShow()
    {
        await using var endpoint = await FakeOpenAiEndpoint.StartAsync(Invented);
        var env = Environment(endpoint.Endpoint);

        var run = await CliRun.RunAsync(env, "summarize", TestPages.SamplePath, "--format", "json");
        var show = await CliRun.RunAsync(env, "show", "1");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(json.RootElement.GetProperty("summarizer").GetString(), Is.EqualTo("extractive"));
            Assert.That(json.RootElement.GetProperty("summary").GetString(), Does.Not.Contain("987654"));
            Assert.That(json.RootElement.GetProperty("validationIssues").EnumerateArray().Select(i => i.GetString()), Has.Some.Contain("987654"));
            Assert.That(show.Out, Does.Contain("rejected LLM answer"));
            Assert.That(show.Out.IndexOf("validation issues:", StringComparison.Ordinal),
                Is.GreaterThan(-1).And.LessThan(show.Out.IndexOf("rejected LLM answer", StringComparison.Ordinal)), "under its reasons");
            Assert.That(show.Out[show.Out.IndexOf("rejected LLM answer", StringComparison.Ordinal)..], Does.Contain("987654"));
        });
    }

    private Dictionary<string, string> Settings(Uri endpoint) => new()
    {
        ["Summarizer__Llm__Provider"] = "OpenAI",
        ["Summarizer__Llm__Endpoint"] = endpoint.AbsoluteUri,
        ["Summarizer__Llm__Model"] = "test-model",
        ["Summarizer__Llm__RetryDelay"] = "00:00:00.010",
        ["Summarizer__Storage__ConnectionString"] = $"Data Source={Path.Combine(_folder, "summarizer.db")}",
    };

    private TestSettings Environment(Uri endpoint, params (string Name, string Value)[] extra)
    {
        // One store for the runs of a test (summarize, then show): a run with no store setting would get its own.
        var env = new TestSettings(("Summarizer__Storage__ConnectionString",
            $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("summarizer-llm-cli-").FullName, "summarizer.db")};Pooling=False"));
        foreach (var (name, value) in Settings(endpoint))
        {
            env.Set(name, value);
        }

        foreach (var (name, value) in extra)
        {
            env.Set(name, value);
        }

        return env;
    }
}
