using System.Text.Json;
using Summarizer.Cli.Tests.Support;

namespace Summarizer.Cli.Tests.Commands;

[TestFixture]
public sealed class ExtractCommandTests
{
    [Test]
    public async Task Extract_Sample_KeepsEveryBodyParagraphInOrderAndDropsBoilerplate()
    {
        var run = await CliRun.RunAsync("extract", TestPages.SamplePath, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var text = json.RootElement.GetProperty("text").GetString()!;
        var positions = TestPages.SampleParagraphStarts.Select(p => text.IndexOf(p, StringComparison.Ordinal)).ToList();
        Assert.That(positions, Has.All.GreaterThanOrEqualTo(0), text);
        Assert.That(positions, Is.Ordered);
        foreach (var junk in TestPages.SampleBoilerplate)
        {
            Assert.That(text, Does.Not.Contain(junk));
        }

        Assert.That(json.RootElement.GetProperty("direction").GetString(), Is.EqualTo("rtl"));
        Assert.That(json.RootElement.GetProperty("title").GetString(), Is.EqualTo("مسؤول في البيت الأبيض: ترامب وبوتين يتحدثان اليوم الخميس"));
    }

    [Test]
    public async Task Extract_Directory_ExpandsToItsPagesAsJsonLines()
    {
        var first = TestPages.TempFile("b-page.html", TestPages.SampleHtml);
        var directory = Path.GetDirectoryName(first)!;
        File.WriteAllText(Path.Combine(directory, "a-page.htm"), TestPages.SampleHtml);
        File.WriteAllText(Path.Combine(directory, "notes.md"), "ignored");

        var run = await CliRun.RunAsync("extract", directory, "--format", "jsonl");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var ids = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Is.EqualTo(new[] { "a-page", "b-page" }));
    }

    [Test]
    public async Task Extract_GzippedPage_ReadsIt()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(TestPages.SampleHtml));
        }

        var path = TestPages.TempFile("page.html.gz", buffer.ToArray());

        var run = await CliRun.RunAsync("extract", path, "--format", "jsonl");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("\"id\":\"page\"").And.Contain(TestPages.SampleParagraphStarts[0]));
    }
}
