using System.Text;
using System.Text.Json;
using Summarizer.Cli.Tests.Support;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// A new user's first hour (issue 16): each message names the fix. One test per row of the table that the
/// command line answers in-process; the worker's rows are in Summarizer.Worker.Tests, <c>check</c> in CheckCommandTests.
/// </summary>
[TestFixture]
public sealed class FirstHourTests
{
    [Test]
    public async Task Settings_TimeoutNotATimeSpan_UsageErrorNamingKeyValueAndExample()
    {
        var env = new TestSettings(("Summarizer__Fetching__Timeout", "banana"));

        var run = await CliRun.RunAsync(env, "summarize", "--no-store", TestPages.SamplePath);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
            Assert.That(run.ErrorLines, Is.EqualTo(new[]
            {
                "summarizer: Summarizer__Fetching__Timeout='banana' is not a time span (expected e.g. 00:00:20); appsettings.json: Summarizer.Fetching.Timeout",
            }));
            Assert.That(run.Out, Is.Empty);
        });
    }

    [Test]
    public async Task Settings_NegativeMaxRetries_OneLineOnceWithTheRange()
    {
        var env = new TestSettings(("Summarizer__Fetching__MaxRetries", "-5"));

        var run = await CliRun.RunAsync(env, "summarize", "--no-store", TestPages.SamplePath);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
            Assert.That(run.ErrorLines, Is.EqualTo(new[]
            {
                "summarizer: Summarizer__Fetching__MaxRetries='-5' is out of range (expected 0 to 10); appsettings.json: Summarizer.Fetching.MaxRetries",
            }));
        });
    }

    [Test]
    public async Task Settings_SeveralProblems_AllReportedAtOnceEachOnce()
    {
        var env = new TestSettings(
            ("Summarizer__Fetching__Timeout", "banana"),
            ("Summarizer__Fetching__MaxRetries", "-5"),
            ("Summarizer__Storage__Provider", "mysql"),
            ("Summarizer__Extraction__MinArticleLetters", "many"));

        var run = await CliRun.RunAsync(env, "list");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
            Assert.That(run.ErrorLines, Has.Length.EqualTo(4), run.Error);
            Assert.That(run.ErrorLines, Is.Unique);
            Assert.That(run.Error, Does.Contain("Summarizer__Storage__Provider='mysql' is not one of sqlite, postgres"));
            Assert.That(run.Error, Does.Contain("Summarizer__Extraction__MinArticleLetters='many' is not a whole number (expected e.g. 200)"));
            Assert.That(run.Error, Does.Not.Contain("internal error"));
        });
    }

    [Test]
    public async Task Settings_SourceWithRelativeUrlAndBadSchedule_NamesTheSourceAndValue()
    {
        var env = new TestSettings(
            ("Summarizer__Sources__0__Name", "wire"),
            ("Summarizer__Sources__0__Url", "feed.xml"),
            ("Summarizer__Sources__1__Url", "https://news.example/rss"),
            ("Summarizer__Sources__1__Schedule", "often"));

        var run = await CliRun.RunAsync(env, "sources");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
            Assert.That(run.ErrorLines, Is.EqualTo(new[]
            {
                "summarizer: source 'wire': Summarizer__Sources__0__Url='feed.xml' is not an absolute http(s) URL (expected e.g. https://example.com/rss.xml); appsettings.json: Summarizer.Sources[0].Url",
                "summarizer: source #1: Summarizer__Sources__1__Schedule='often' is not a cron expression (expected 5 fields, or 6 with seconds, e.g. */30 * * * *); appsettings.json: Summarizer.Sources[1].Schedule",
            }));
        });
    }

    [Test]
    public async Task Settings_OneSourceWithTwoProblems_ReportsBoth()
    {
        var env = new TestSettings(
            ("Summarizer__Sources__0__Name", "wire"),
            ("Summarizer__Sources__0__Url", "/rss.xml"),
            ("Summarizer__Sources__0__Schedule", "every hour"));

        var run = await CliRun.RunAsync(env, "run", "--once");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
            Assert.That(run.ErrorLines, Is.EqualTo(new[]
            {
                "summarizer: source 'wire': Summarizer__Sources__0__Url='/rss.xml' is not an absolute http(s) URL (expected e.g. https://example.com/rss.xml); appsettings.json: Summarizer.Sources[0].Url",
                "summarizer: source 'wire': Summarizer__Sources__0__Schedule='every hour' is not a cron expression (expected 5 fields, or 6 with seconds, e.g. */30 * * * *); appsettings.json: Summarizer.Sources[0].Schedule",
            }));
        });
    }

    [Test]
    public async Task Settings_AppSettingsNotJson_NamesFileLineAndColumn()
    {
        var folder = Directory.CreateTempSubdirectory("summarizer-settings-").FullName;
        var file = Path.Combine(folder, "appsettings.json");
        await File.WriteAllTextAsync(file, "{\n  \"Summarizer\": {\n    \"Fetching\": { \"Timeout\": 00:00:20 }\n  }\n}\n");
        CliRun run;
        try
        {
            run = await CliRun.RunAsync(new TestSettings { WorkingDirectory = folder }, "list");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
            Assert.That(run.ErrorLines, Has.Length.EqualTo(1), run.Error);
            Assert.That(run.ErrorLines[0], Does.StartWith($"summarizer: {file}:3:").And.Contain("not valid JSON"));
        });
    }

    [TestCase("summarize", "text|markdown|json|jsonl|html", "auto|extractive|llm")]
    [TestCase("extract", "text|json|jsonl", "[default: text]")]
    [TestCase("export", "jsonl|markdown|html", "[default: jsonl]")]
    [TestCase("list", "pending|fetched|summarized|failed|skipped", "--status")]
    public async Task Help_EveryCommand_ListsLowercaseChoices(string command, string choices, string more)
    {
        var run = await CliRun.RunAsync(command, "--help");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Out, Does.Contain(choices).And.Contain(more));
            Assert.That(run.Out, Does.Not.Contain("Html|").And.Not.Contain("Text]").And.Not.Contain("Auto"));
        });
    }

    [Test]
    public async Task Format_UnknownChoice_SaysTheChoices()
    {
        var run = await CliRun.RunAsync("summarize", TestPages.SamplePath, "--format", "nope");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
            Assert.That(run.ErrorLines[0], Is.EqualTo("summarizer: --format must be one of text, markdown, json, jsonl, html, not 'nope'"));
        });
    }

    [Test]
    public async Task Summarize_LocalPdf_SaysTheFileIsAPdf()
    {
        var path = TestPages.TempFile("report.txt", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + new string('x', 400)));

        var run = await CliRun.RunAsync("summarize", "--no-store", path);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.NotAnArticle));
            Assert.That(run.ErrorLines, Is.EqualTo(new[] { $"summarizer: {path}: the file is a PDF document (application/pdf), not an HTML page or text" }));
        });
    }

    [Test]
    public async Task Summarize_EnglishPage_OneWarningAndPrimaryLanguageTag()
    {
        var path = TestPages.TempFile("storm.html", EnglishPage("en-US"));

        var run = await CliRun.RunAsync("summarize", "--no-store", "--format", "json", path);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
            // The command's own lines; the summary contract's log line about the English box's key points is the workflow's.
            Assert.That(run.ErrorLines.Where(l => l.StartsWith("summarizer:", StringComparison.Ordinal)),
                Is.EqualTo(new[] { $"summarizer: {path}: the article is in English; the extractive summary keeps its language" }));
            Assert.That(JsonDocument.Parse(run.Out).RootElement.GetProperty("language").GetString(), Is.EqualTo("en"));
        });
    }

    [Test]
    public async Task Summarize_ArabicPageWithRegion_NoWarningAndLanguageAr()
    {
        var html = TestPages.SampleHtml.Replace("lang=\"ar\"", "lang=\"ar-AR\"", StringComparison.Ordinal);
        var path = TestPages.TempFile("region.html", html);

        var run = await CliRun.RunAsync("summarize", "--no-store", "--format", "json", path);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
            Assert.That(run.Error, Is.Empty);
            Assert.That(JsonDocument.Parse(run.Out).RootElement.GetProperty("language").GetString(), Is.EqualTo("ar"));
        });
    }

    [Test]
    public async Task Summarize_SeveralInputsRedirected_NoProgressOutput()
    {
        var folder = Path.GetDirectoryName(TestPages.TempFile("a.html", TestPages.SampleHtml))!;
        File.Copy(TestPages.SamplePath, Path.Combine(folder, "b.html"));

        var run = await CliRun.RunAsync("summarize", "--no-store", "--format", "jsonl", folder);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
            Assert.That(run.Error, Is.Empty, "nothing extra when stderr is not a terminal");
            Assert.That(run.Out.Trim().Split('\n'), Has.Length.EqualTo(2));
        });
    }

    private static string EnglishPage(string lang) =>
        $"<html lang=\"{lang}\"><head><title>Storm hits the coast</title></head><body><article><h1>Storm hits the coast</h1>" +
        string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>The storm reached the northern coast on Monday evening, officials said, and thousands of homes in district {i} lost power as strong winds tore through the region.</p>")) +
        "</article></body></html>";
}
