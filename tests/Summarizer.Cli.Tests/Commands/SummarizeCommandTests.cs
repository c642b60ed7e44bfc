using System.Text.Json;
using Summarizer.Cli.Tests.Support;

namespace Summarizer.Cli.Tests.Commands;

[TestFixture]
public sealed class SummarizeCommandTests
{
    [Test]
    public async Task Summarize_SampleAsText_PrintsArabicBoxWithoutBoilerplate()
    {
        var run = await CliRun.RunAsync("summarize", TestPages.SamplePath);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var lines = run.Out.Split('\n');
        Assert.That(lines[0], Is.EqualTo("مسؤول في البيت الأبيض: ترامب وبوتين يتحدثان اليوم الخميس"));
        Assert.That(run.Out, Does.Contain("ملخص المقال").And.Contain("النقاط الأساسية"));
        var bullets = lines.Where(l => l.TrimStart().StartsWith('•')).ToList();
        Assert.That(bullets, Has.Count.InRange(3, 5));
        Assert.That(run.Out, Does.Contain("ترامب").And.Contain("بوتين"));
        foreach (var junk in TestPages.SampleBoilerplate)
        {
            Assert.That(run.Out, Does.Not.Contain(junk));
        }
    }

    [Test]
    public async Task Summarize_SampleAsMarkdown_PrintsHeadingsAndListItems()
    {
        var run = await CliRun.RunAsync("summarize", TestPages.SamplePath, "--format", "markdown");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.StartWith("# مسؤول في البيت الأبيض"));
        Assert.That(run.Out, Does.Contain("## ملخص المقال").And.Contain("## النقاط الأساسية"));
        Assert.That(run.Out.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)), Is.InRange(3, 5));
    }

    [Test]
    public async Task Summarize_SampleAsJson_CarriesEveryDocumentedField()
    {
        var run = await CliRun.RunAsync("summarize", TestPages.SamplePath, "--format", "json", "--summarizer", "extractive");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        string[] fields = ["id", "source", "url", "title", "byline", "publishedAt", "language", "summary", "keyPoints", "summarizer", "model", "promptVersion", "timingsMs"];
        foreach (var field in fields)
        {
            Assert.That(root.TryGetProperty(field, out _), Is.True, $"missing {field}");
        }

        Assert.That(root.GetProperty("id").GetString(), Is.EqualTo("trump-putin-call"));
        Assert.That(root.GetProperty("language").GetString(), Does.StartWith("ar"));
        Assert.That(root.GetProperty("summarizer").GetString(), Is.EqualTo("extractive"));
        Assert.That(root.GetProperty("model").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(root.GetProperty("keyPoints").GetArrayLength(), Is.InRange(3, 5));
        Assert.That(root.GetProperty("timingsMs").GetProperty("total").GetDouble(), Is.GreaterThan(0));
        Assert.That(run.Out, Does.Contain("البيت الأبيض"), "Arabic must be written as text, not \\u escapes");
    }

    [Test]
    public async Task Summarize_SampleAsHtml_WritesRightToLeftStandalonePage()
    {
        var run = await CliRun.RunAsync("summarize", TestPages.SamplePath, "--format", "html");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(run.Out, Does.Contain("<html dir=\"rtl\" lang=\"ar\">"));
        Assert.That(run.Out, Does.Contain("<li>").And.Contain("ملخص المقال"));
    }

    [Test]
    public async Task Summarize_TitleWithScriptTag_HtmlEscapesIt()
    {
        var page = TestPages.SampleHtml.Replace(
            "<h1 class=\"article-title\">مسؤول في البيت الأبيض: ترامب وبوتين يتحدثان اليوم الخميس</h1>",
            "<h1 class=\"article-title\">عنوان &lt;script&gt;alert(1)&lt;/script&gt;</h1>", StringComparison.Ordinal)
            .Replace("<meta property=\"og:title\" content=\"مسؤول في البيت الأبيض: ترامب وبوتين يتحدثان اليوم الخميس\">",
                "<meta property=\"og:title\" content=\"عنوان &lt;script&gt;alert(1)&lt;/script&gt;\">", StringComparison.Ordinal);
        var path = TestPages.TempFile("hostile.html", page);

        var run = await CliRun.RunAsync("summarize", path, "--format", "html");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("&lt;script&gt;"));
        Assert.That(run.Out, Does.Not.Contain("<script>"));
    }

    [Test]
    public async Task Summarize_JsonlWithOneMissingFileAmongGoodOnes_WritesALinePerInputInOrder()
    {
        var text = TestPages.TempFile("note.txt", string.Join("\n", TestPages.SampleParagraphStarts.Select(p => p + " في العاصمة الأميركية واشنطن اليوم.")));

        var run = await CliRun.RunAsync("summarize", TestPages.SamplePath, "missing-page.html", text, "--format", "jsonl");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(3));
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        using var third = JsonDocument.Parse(lines[2]);
        Assert.That(first.RootElement.GetProperty("id").GetString(), Is.EqualTo("trump-putin-call"));
        Assert.That(second.RootElement.GetProperty("id").GetString(), Is.EqualTo("missing-page"));
        Assert.That(second.RootElement.GetProperty("error").GetString(), Does.Contain("no such file"));
        Assert.That(third.RootElement.GetProperty("id").GetString(), Is.EqualTo("note"));
        Assert.That(third.RootElement.GetProperty("summary").GetString(), Is.Not.Empty);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(run.ErrorLines[0], Does.Contain("missing-page.html"));
    }

    [Test]
    public async Task Summarize_PlainTextOnStdin_SummarizesIt()
    {
        var text = "عنوان الخبر\n" + string.Join("\n", TestPages.SampleParagraphStarts.Select(p => p + " وفق ما أعلنه المسؤولون في بيان رسمي."));

        var run = await CliRun.RunWithStdinAsync(text, "summarize", "-", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.That(json.RootElement.GetProperty("title").GetString(), Is.EqualTo("عنوان الخبر"));
        Assert.That(json.RootElement.GetProperty("id").GetString(), Is.EqualTo("stdin"));
    }

    [Test]
    public async Task Summarize_LlmWithoutConfiguration_IsUsageError()
    {
        var run = await CliRun.RunAsync("summarize", TestPages.SamplePath, "--summarizer", "llm");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(run.Error, Does.Contain("LLM"));
        Assert.That(run.Out, Is.Empty);
    }

    [Test]
    public async Task Summarize_StoreCannotBeWritten_StillPrintsTheSummaryAndWarns()
    {
        var notAFolder = TestPages.TempFile("plain-file", "x");
        var env = new TestSettings(("Summarizer__Storage__ConnectionString", $"Data Source={Path.Combine(notAFolder, "store.db")}"));

        var run = await CliRun.RunAsync(env, "summarize", TestPages.SamplePath);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("ملخص المقال"));
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(run.ErrorLines[0], Does.Contain("summarized, but not stored"));
    }

    [Test]
    public async Task Summarize_UnknownFormat_IsUsageError()
    {
        var run = await CliRun.RunAsync("summarize", TestPages.SamplePath, "--format", "pdf");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(run.Error, Does.Contain("pdf"));
    }
}
