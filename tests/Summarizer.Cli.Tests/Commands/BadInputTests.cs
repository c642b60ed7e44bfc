using Summarizer.Cli.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>Each bad input: one clear stderr line naming it, the documented exit code, no stack trace.</summary>
[TestFixture]
public sealed class BadInputTests
{
    [Test]
    public async Task Summarize_MissingFile_ExitsWithUsageCode()
    {
        var run = await CliRun.RunAsync("summarize", "no/such/page.html");

        AssertOneClearLine(run, ExitCodes.BadUsage, "no/such/page.html", "no such file");
    }

    [Test]
    public async Task Summarize_DirectoryWithoutPages_ExitsWithUsageCode()
    {
        var directory = Path.GetDirectoryName(TestPages.TempFile("readme.md", "# not a page"))!;

        var run = await CliRun.RunAsync("summarize", directory);

        AssertOneClearLine(run, ExitCodes.BadUsage, directory, "no .html");
    }

    [Test]
    public async Task Summarize_EmptyFile_IsNotAnArticle()
    {
        var path = TestPages.TempFile("empty.html", []);

        var run = await CliRun.RunAsync("summarize", path);

        AssertOneClearLine(run, ExitCodes.NotAnArticle, path, "empty");
    }

    [Test]
    public async Task Summarize_BinaryFile_IsNotAnArticle()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = TestPages.TempFile("photo.jpg", bytes);

        var run = await CliRun.RunAsync("summarize", path);

        AssertOneClearLine(run, ExitCodes.NotAnArticle, path, "binary");
    }

    [Test]
    public async Task Summarize_PageWithoutArticleText_IsNotAnArticle()
    {
        var path = TestPages.TempFile("home.html",
            "<html lang=\"ar\"><body><nav><a href=\"/\">الرئيسية</a><a href=\"/a\">سياسة</a></nav><div>Advertisement</div><footer>حقوق</footer></body></html>");

        var run = await CliRun.RunAsync("summarize", path);

        AssertOneClearLine(run, ExitCodes.NotAnArticle, path, "article");
    }

    [Test]
    public async Task Summarize_UnsupportedScheme_ExitsWithUsageCode()
    {
        var run = await CliRun.RunAsync("summarize", "ftp://example.com/news.html");

        AssertOneClearLine(run, ExitCodes.BadUsage, "ftp://example.com/news.html", "scheme");
    }

    [Test]
    public async Task Summarize_UrlAnswering404_CouldNotFetch()
    {
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse>());
        var url = site.Url("/news/missing.html").AbsoluteUri;
        var env = new TestSettings(("Summarizer__Fetching__AllowPrivateNetworks", "true"));

        var run = await CliRun.RunAsync(env, "summarize", url);

        AssertOneClearLine(run, ExitCodes.CouldNotFetch, url, "404");
    }

    [Test]
    public async Task Summarize_UrlThatHangs_TimesOutAsCouldNotFetch()
    {
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse>
        {
            ["/slow.html"] = LoopbackResponse.Html(TestPages.SampleHtml) with { Delay = TimeSpan.FromSeconds(30) },
        });
        var url = site.Url("/slow.html").AbsoluteUri;
        var env = new TestSettings(
            ("Summarizer__Fetching__AllowPrivateNetworks", "true"),
            ("Summarizer__Fetching__Timeout", "00:00:00.500"),
            ("Summarizer__Fetching__TotalTimeout", "00:00:01"),
            ("Summarizer__Fetching__MaxRetries", "0"));

        var run = await CliRun.RunAsync(env, "summarize", url);

        AssertOneClearLine(run, ExitCodes.CouldNotFetch, url, "timed out");
    }

    [Test]
    public async Task Summarize_UrlServingTheSample_PrintsSummary()
    {
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse>
        {
            ["/world/trump-putin-call"] = LoopbackResponse.Html(TestPages.SampleHtml),
        });
        var env = new TestSettings(("Summarizer__Fetching__AllowPrivateNetworks", "true"));

        var run = await CliRun.RunAsync(env, "summarize", site.Url("/world/trump-putin-call").AbsoluteUri, "--format", "jsonl");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("\"summary\":\"").And.Contain("ترامب"));
        Assert.That(site.Requests.Single().Headers["User-Agent"], Does.Contain("Summarizer"));
    }

    private static void AssertOneClearLine(CliRun run, int exitCode, string input, string reason)
    {
        Assert.That(run.ExitCode, Is.EqualTo(exitCode), run.Error);
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1), run.Error);
        Assert.That(run.ErrorLines[0], Does.Contain(input).And.Contain(reason).IgnoreCase);
        Assert.That(run.Error, Does.Not.Contain("   at "), "no stack trace without --verbose");
        Assert.That(run.Out, Is.Empty);
    }
}
