using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;
using Summarizer.Extraction;

namespace Summarizer.Core.Tests.Extraction;

/// <summary>
/// The bounds that keep AngleSharp and the extractor small on pathological markup: each limit of
/// <see cref="ExtractionOptions"/> is shown to cut the page (prose past it is not read), and hostile shapes finish.
/// </summary>
[TestFixture]
public sealed class ExtractionLimitsTests
{
    private static readonly string Prose = string.Concat(Enumerable.Repeat("أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم الاقتصاد الوطني وتحسين الخدمات العامة. ", 6));
    private static readonly string Article = $"<article><p>{Prose}</p><p>{Prose}</p></article>";

    [Test]
    public void Extract_ProseAfterMaxHtmlChars_IsNotRead()
    {
        var html = "<html><body>" + Repeat("<nav><a href='/x'>رابط</a></nav>", 20_000) + Article + "</body></html>";

        Assert.Multiple(() =>
        {
            Assert.That(CreateSut().Extract(GoldenPages.FromHtml(html)).Paragraphs, Has.Count.EqualTo(2), "read under the default limit");
            AssertNotAnArticle(CreateSut(new ExtractionOptions { MaxHtmlChars = 10_000 }), html);
        });
    }

    [Test]
    public void Extract_ProseAfterMaxElements_IsNotRead()
    {
        var html = "<html><body>" + Repeat("<span></span>", 500 * 13) + Article + "</body></html>";

        Assert.Multiple(() =>
        {
            Assert.That(CreateSut().Extract(GoldenPages.FromHtml(html)).Paragraphs, Has.Count.EqualTo(2), "read under the default limit");
            AssertNotAnArticle(CreateSut(new ExtractionOptions { MaxElements = 100 }), html);
        });
    }

    [Test]
    public void Extract_ProseDeeperThanMaxDepth_IsNotRead()
    {
        var html = "<html><body>" + Repeat("<div>", 60) + Article + "</body></html>";

        Assert.Multiple(() =>
        {
            Assert.That(CreateSut().Extract(GoldenPages.FromHtml(html)).Paragraphs, Has.Count.EqualTo(2), "read under the default limit");
            AssertNotAnArticle(CreateSut(new ExtractionOptions { MaxDepth = 20 }), html);
        });
    }

    [TestCase("<b><i><u><s>", 50_000, TestName = "Extract_MillionsOfUnclosedFormattingTags_Finishes")]
    [TestCase("<table><tr><td>", 30_000, TestName = "Extract_DeeplyNestedTables_Finishes")]
    [TestCase("<a href=x><p>", 50_000, TestName = "Extract_MisnestedLinksAndParagraphs_Finishes")]
    [TestCase("<b></p>", 100_000, TestName = "Extract_StrayEndTagsInsideFormatting_Finishes")]
    [TestCase("<div class='a b c d e f g h i j k l m n o p'>x</div>", 100_000, TestName = "Extract_HundredThousandSiblingBlocks_Finishes")]
    [TestCase("<select><option>", 50_000, TestName = "Extract_NestedSelects_Finishes")]
    public void Extract_PathologicalMarkup_FinishesWithinTheHangGuard(string unit, int count)
    {
        var html = "<html><body>" + Repeat(unit, count) + Article;
        var stopwatch = Stopwatch.StartNew();

        try
        {
            CreateSut().Extract(GoldenPages.FromHtml(html));
        }
        catch (SummarizerException ex)
        {
            Assert.That(ex.Kind, Is.EqualTo(FailureKind.NotAnArticle));
        }

        TestContext.Out.WriteLine($"{count} x {unit}: {html.Length} chars in {stopwatch.ElapsedMilliseconds} ms");
        // A hang guard, not a benchmark: quadratic behaviour on these shapes takes minutes.
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    private static void AssertNotAnArticle(HtmlContentExtractor sut, string html) =>
        Assert.That(() => sut.Extract(GoldenPages.FromHtml(html)),
            Throws.TypeOf<SummarizerException>().With.Property(nameof(SummarizerException.Kind)).EqualTo(FailureKind.NotAnArticle));

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    private static HtmlContentExtractor CreateSut(ExtractionOptions? options = null) => new(Options.Create(options ?? new ExtractionOptions()));
}
