using Summarizer.Extraction.Html;

namespace Summarizer.Core.Tests.Extraction;

[TestFixture]
public sealed class HtmlShrinkerTests
{
    [Test]
    public void Shrink_ManySkippedScriptsAndIcons_DoNotUseUpTheDepthCap()
    {
        var icons = string.Concat(Enumerable.Repeat("<div><script>track()</script><svg><path d='M0'/></svg></div>", 450));
        var html = $"<html><body>{icons}<div><nav><a href='/'>Home</a></nav><p>Hello <b>world</b></p></div></body></html>";

        var shrunk = HtmlShrinker.Shrink(html, int.MaxValue);

        Assert.That(shrunk, Does.Contain("<nav><a href='/'>Home</a></nav><p>Hello <b>world</b></p>"));
        Assert.That(shrunk, Does.Not.Contain("track()"));
    }

    [Test]
    public void Shrink_NestingDeeperThanTheCap_DropsTheDeepTagsButKeepsTheirText()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 1000)) + "<p>deep <b>text</b></p>";

        var shrunk = HtmlShrinker.Shrink(html, int.MaxValue);

        Assert.That(shrunk, Does.Contain("deep text"));
        Assert.That(shrunk.Split("<div>").Length - 1, Is.LessThanOrEqualTo(400));
    }

    [Test]
    public void Shrink_JsonLdScript_IsKept()
    {
        const string jsonLd = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>";

        Assert.That(HtmlShrinker.Shrink($"<head>{jsonLd}<script>x()</script></head>", int.MaxValue), Is.EqualTo($"<head>{jsonLd}</head>"));
    }

    [TestCase("</script >")]
    [TestCase("</script\n>")]
    [TestCase("</SCRIPT\t>")]
    public void Shrink_ScriptClosedWithWhitespaceBeforeTheBracket_EndsThereAndKeepsWhatFollows(string closer)
    {
        var html = $"<head><script>a()\n{closer}</head><body><p>kept text</p><script>b()</script></body>";

        Assert.That(HtmlShrinker.Shrink(html, int.MaxValue), Is.EqualTo("<head></head><body><p>kept text</p></body>"));
    }

    [Test]
    public void Shrink_ScriptTextMentioningAnotherClosingName_IsSkippedToItsRealCloser()
    {
        const string html = "<script>var s = \"</scripts>\";</script><p>kept</p>";

        Assert.That(HtmlShrinker.Shrink(html, int.MaxValue), Is.EqualTo("<p>kept</p>"));
    }
}
