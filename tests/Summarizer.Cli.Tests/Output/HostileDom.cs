using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Summarizer.Cli.Tests.Output;

/// <summary>Asserts on a DOM (as rendered, or as a browser left it) that no hostile markup became an element or ran.</summary>
internal static class HostileDom
{
    public static void AssertInert(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var body = document.Body!;
        Assert.Multiple(() =>
        {
            Assert.That(document.Title, Does.Not.EqualTo("PWNED"), "a script changed the title");
            Assert.That(body.HasAttribute("data-pwned"), Is.False, $"a script ran: data-pwned={body.GetAttribute("data-pwned")}");
            Assert.That(document.QuerySelectorAll("script, img, svg, iframe").Select(e => e.OuterHtml), Is.Empty, "hostile text became elements");
            Assert.That(document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => a.Name), Is.Empty);
            Assert.That(document.Title, Is.EqualTo(HostileSummaries.ScriptTitle), "the hostile title is shown as text");
            Assert.That(Text(body), Does.Contain(HostileSummaries.ImgSummary).And.Contain(HostileSummaries.SvgPoint)
                .And.Contain(HostileSummaries.BreakoutPoint).And.Contain(HostileSummaries.AttributeByline.Trim()));
        });
    }

    private static string Text(IElement body) => body.TextContent;
}
