using Summarizer.Storage;
using Summarizer.Testing;

namespace Summarizer.Worker.Tests;

/// <summary>list, show, export and summarize's storing, over a store one pass filled.</summary>
[TestFixture]
public sealed class StoreCommandsTests
{
    private NewsSite _site = null!;
    private WorkerEnvironment _env = null!;

    [SetUp]
    public async Task SetUp()
    {
        _site = await NewsSite.StartAsync();
        _env = new WorkerEnvironment();
        _site.SetArticle("/a", "عنوان <script>alert(1)</script>", 1);
        _site.SetArticle("/b", "عنوان ثان", 2);
        _site.Set("/urls.txt", $"{_site.Url("/a")}\n# comment\n{_site.Url("/b")}\n", "text/plain");
        _env.Source(0, "list", _site.Url("/urls.txt"));
        await Cli.RunAsync(_env, "run", "--once");
    }

    [TearDown]
    public async Task TearDown()
    {
        _env.Dispose();
        await _site.DisposeAsync();
    }

    [Test]
    public async Task List_AfterPass_ShowsEveryArticle()
    {
        var (exit, output, _) = await Cli.RunAsync(_env, "list", "--source", "list", "--status", "summarized");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output.Trim().Split('\n'), Has.Length.EqualTo(3), "a header and two rows");
            Assert.That(output, Does.StartWith("id\tstatus\tsources\tattempts\tupdated\ttitle\turl\tlast error\n"));
            Assert.That(output, Does.Contain("عنوان ثان"));
        });
    }

    [Test]
    public async Task List_SinceFuture_PrintsOnlyTheHeader()
    {
        var (exit, output, _) = await Cli.RunAsync(_env, "list", "--since", "2999-01-01");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output.Trim(), Does.StartWith("id\tstatus").And.Not.Contain("\n"));
        });
    }

    [Test]
    public async Task Show_ByIdAndUrl_PrintsSummary()
    {
        var byId = await Cli.RunAsync(_env, "show", "2");
        var byUrl = await Cli.RunAsync(_env, "show", _site.Url("/b").AbsoluteUri + "?utm_medium=x");
        Assert.Multiple(() =>
        {
            Assert.That(byId.Exit, Is.Zero, byId.Err);
            Assert.That(byId.Out, Does.Contain("ملخص المقال").And.Contain("status: summarized"));
            Assert.That(byUrl.Out, Is.EqualTo(byId.Out));
        });
    }

    [Test]
    public async Task Show_Unknown_ExitsBadUsage()
    {
        var (exit, _, err) = await Cli.RunAsync(_env, "show", "999");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("no stored article"));
        });
    }

    [Test]
    public async Task Export_Html_EscapesEveryValue()
    {
        var (exit, output, _) = await Cli.RunAsync(_env, "export", "--format", "html");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(output, Does.Not.Contain("<script>"));
            Assert.That(output, Does.Contain("&lt;script&gt;"));
            Assert.That(output, Does.Contain("عنوان ثان"));
        });
    }

    [Test]
    public async Task Export_JsonlAndMarkdown_OneEntryPerSummary()
    {
        var jsonl = await Cli.RunAsync(_env, "export", "--format", "jsonl");
        var markdown = await Cli.RunAsync(_env, "export", "--format", "markdown", "--since", "1h");
        Assert.Multiple(() =>
        {
            Assert.That(jsonl.Out.Trim().Split('\n'), Has.Length.EqualTo(2));
            Assert.That(jsonl.Out, Does.Contain("\"summarizer\":\"extractive\""));
            Assert.That(markdown.Out, Does.Contain("## ملخص المقال"));
        });
    }

    [Test]
    public async Task Summarize_Url_StoresResultUnlessNoStore()
    {
        _site.SetArticle("/c", "ثالث", 3);
        _site.SetArticle("/d", "رابع", 4);

        var stored = await Cli.RunAsync(_env, "summarize", _site.Url("/c").AbsoluteUri);
        var notStored = await Cli.RunAsync(_env, "summarize", "--no-store", _site.Url("/d").AbsoluteUri);

        using var store = _env.OpenStore();
        var c = await store.FindArticleByUrlAsync(_site.Url("/c").AbsoluteUri, CancellationToken.None);
        var d = await store.FindArticleByUrlAsync(_site.Url("/d").AbsoluteUri, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(stored.Exit, Is.Zero, stored.Err);
            Assert.That(notStored.Exit, Is.Zero, notStored.Err);
            Assert.That(c!.Status, Is.EqualTo(ArticleStatus.Summarized));
            Assert.That(c.Source, Is.EqualTo("cli"));
            Assert.That(d, Is.Null);
        });
    }
}
