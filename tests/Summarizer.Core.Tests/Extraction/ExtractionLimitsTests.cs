using System.Text;
using Microsoft.Extensions.Options;
using Summarizer.Extraction;
using Summarizer.Extraction.Html;

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

    // Hostile shapes that make a naive pipeline quadratic (the parser re-walks its stack of open elements for every
    // tag, misnested formatting is re-opened again and again, every walk is as deep as the tree). Instead of timing
    // them (a clock-bound test fails on a busy machine and passes a slow build), the test bounds the work itself:
    // the parsed tree stays shallow (so each tag costs a bounded stack walk) and has at most a few nodes per input
    // tag (so nothing is re-created per tag), and the extractor gives an answer. The time per page lives in the bench.
    [TestCase("<b><i><u><s>", 50_000, TestName = "Extract_MillionsOfUnclosedFormattingTags_TreeStaysShallowAndLinear")]
    [TestCase("<table><tr><td>", 30_000, TestName = "Extract_DeeplyNestedTables_TreeStaysShallowAndLinear")]
    [TestCase("<a href=x><p>", 50_000, TestName = "Extract_MisnestedLinksAndParagraphs_TreeStaysShallowAndLinear")]
    [TestCase("<b></p>", 100_000, TestName = "Extract_StrayEndTagsInsideFormatting_TreeStaysShallowAndLinear")]
    [TestCase("<div class='a b c d e f g h i j k l m n o p'>x</div>", 100_000, TestName = "Extract_HundredThousandSiblingBlocks_TreeStaysShallowAndLinear")]
    [TestCase("<select><option>", 50_000, TestName = "Extract_NestedSelects_TreeStaysShallowAndLinear")]
    public void Extract_PathologicalMarkup_TreeStaysShallowAndLinear(string unit, int count)
    {
        var html = "<html><body>" + Repeat(unit, count) + Article;
        var tagsInInput = html.Count(c => c == '<');

        using var document = HtmlDocumentLoader.Load(GoldenPages.FromHtml(html), new ExtractionOptions().MaxHtmlChars);
        var (nodes, depth) = Measure(document.DocumentElement);
        TestContext.Out.WriteLine($"{count} x {unit}: {tagsInInput} tags in, {nodes} nodes, depth {depth}");

        Assert.Multiple(() =>
        {
            Assert.That(depth, Is.LessThanOrEqualTo(MaxTreeDepth), "tree depth");
            Assert.That(nodes, Is.LessThanOrEqualTo(tagsInInput * MaxNodesPerTag), "nodes per input tag");
            Assert.That(() => ExtractOrNotAnArticle(html), Throws.Nothing);
        });
    }

    // The shrinker's cap on open container tags (400) plus the optional-end tags it does not count (td, tr, p...).
    private const int MaxTreeDepth = 600;

    // A tag opens at most an element, and its text a node; the parser's implied elements (tbody, an empty p for a
    // stray </p>) stay within that. Re-created formatting elements per tag would exceed it.
    private const int MaxNodesPerTag = 2;

    private static void ExtractOrNotAnArticle(string html)
    {
        try
        {
            CreateSut().Extract(GoldenPages.FromHtml(html));
        }
        catch (SummarizerException ex) when (ex.Kind == FailureKind.NotAnArticle)
        {
            // "Not an article" is an answer.
        }
    }

    private static (int Nodes, int Depth) Measure(AngleSharp.Dom.INode? root)
    {
        int nodes = 0, deepest = 0;
        var stack = new Stack<(AngleSharp.Dom.INode Node, int Depth)>();
        if (root is not null)
        {
            stack.Push((root, 1));
        }

        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            nodes++;
            deepest = Math.Max(deepest, depth);
            foreach (var child in node.ChildNodes)
            {
                stack.Push((child, depth + 1));
            }
        }

        return (nodes, deepest);
    }

    private static void AssertNotAnArticle(HtmlContentExtractor sut, string html) =>
        Assert.That(() => sut.Extract(GoldenPages.FromHtml(html)),
            Throws.TypeOf<SummarizerException>().With.Property(nameof(SummarizerException.Kind)).EqualTo(FailureKind.NotAnArticle));

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    private static HtmlContentExtractor CreateSut(ExtractionOptions? options = null) => new(Options.Create(options ?? new ExtractionOptions()));
}
