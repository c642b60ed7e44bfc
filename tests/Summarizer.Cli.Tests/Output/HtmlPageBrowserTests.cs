using Summarizer.Cli.Output;
using Summarizer.Cli.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Output;

/// <summary>
/// The HTML output opened in a real headless Chromium: no script from page text runs, and the text shows as text.
/// Ignored with the reason when chromium is missing, unless SUMMARIZER_REQUIRE_CHROMIUM=1.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class HtmlPageBrowserTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("summarizer-html-");

    [TearDown]
    public void TearDown() => _folder.Delete(recursive: true);

    [Test]
    public async Task DumpDom_ControlPageWithScript_ShowsTheBrowserRunsScripts()
    {
        var chromium = HeadlessChromium.Require();
        var path = Write("control.html", "<!DOCTYPE html><html><head><title>x</title></head><body><script>document.body.setAttribute('data-ran','1')</script></body></html>");

        var dom = await HeadlessChromium.DumpDomAsync(chromium, path);

        Assert.That(dom, Does.Contain("data-ran=\"1\""), "without this, a passing test below would prove nothing");
    }

    [Test]
    public async Task Render_HostileFieldsInChromium_NoScriptRunsAndTextShows()
    {
        var chromium = HeadlessChromium.Require();
        var path = Write("page.html", HtmlPage.Render([HostileSummaries.Article()]));

        var dom = await HeadlessChromium.DumpDomAsync(chromium, path);

        HostileDom.AssertInert(dom);
    }

    [Test]
    public async Task Render_HostileFieldsInChromiumWithoutCsp_EscapingAloneHolds()
    {
        var chromium = HeadlessChromium.Require();
        var path = Write("no-csp.html", HtmlPageEscapingTests.WithoutCsp(HtmlPage.Render([HostileSummaries.Article()])));

        var dom = await HeadlessChromium.DumpDomAsync(chromium, path);

        HostileDom.AssertInert(dom);
    }

    [Test]
    public async Task SummarizeHtml_PageWithHostileTitleAndText_NoScriptRunsInChromium()
    {
        var chromium = HeadlessChromium.Require();
        const string hostile = "&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"&gt;";
        var page = TestPages.SampleHtml
            .Replace("مسؤول في البيت الأبيض: ترامب وبوتين يتحدثان اليوم الخميس", "عنوان &lt;script&gt;document.title='PWNED'&lt;/script&gt;", StringComparison.Ordinal)
            .Replace("<p>", "<p>" + hostile + " ", StringComparison.Ordinal);
        var input = TestPages.TempFile("hostile-browser.html", page);
        var run = await CliRun.RunAsync("summarize", input, "--format", "html", "--no-store");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Out, Does.Contain("&lt;img src=x onerror="), "the hostile text reached the summary");

        var dom = await HeadlessChromium.DumpDomAsync(chromium, Write("summary.html", run.Out));

        Assert.Multiple(() =>
        {
            Assert.That(dom, Does.Not.Contain("<title>PWNED</title>"));
            Assert.That(dom, Does.Not.Contain("data-pwned=\"1\""));
            Assert.That(dom, Does.Contain("&lt;script&gt;document.title='PWNED'&lt;/script&gt;"), "the title shows as text");
        });
    }

    private string Write(string name, string html)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, html);
        return path;
    }
}
