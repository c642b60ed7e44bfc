using Summarizer.Cli.Output;

namespace Summarizer.Cli.Tests.Output;

/// <summary>Escaping alone keeps page text inert, even with the Content-Security-Policy taken out of the page.</summary>
[TestFixture]
public sealed class HtmlPageEscapingTests
{
    [Test]
    public void Render_HostileFields_AreTextEvenWithoutTheCsp()
    {
        var html = WithoutCsp(HtmlPage.Render([HostileSummaries.Article()]));

        HostileDom.AssertInert(html);
    }

    [Test]
    public void Render_Always_SendsARestrictiveCsp()
    {
        var html = HtmlPage.Render([HostileSummaries.Article()]);

        Assert.That(html, Does.Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"));
    }

    internal static string WithoutCsp(string html)
    {
        var start = html.IndexOf("<meta http-equiv=\"Content-Security-Policy\"", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0));
        var end = html.IndexOf('>', start) + 1;
        return html[..start] + html[end..];
    }
}
