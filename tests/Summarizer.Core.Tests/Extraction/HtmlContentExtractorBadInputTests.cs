using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;
using Summarizer.Extraction;
using Summarizer.Fetching;

namespace Summarizer.Core.Tests.Extraction;

[TestFixture]
public class HtmlContentExtractorBadInputTests
{
    private static readonly string Prose = string.Concat(Enumerable.Repeat("This is a real sentence of an article, with commas, facts and figures. ", 8));

    private static HtmlContentExtractor CreateSut() => new(Options.Create(new ExtractionOptions()));

    private static void AssertOnlyNotAnArticle(Action act)
    {
        try
        {
            act();
        }
        catch (SummarizerException ex)
        {
            Assert.That(ex.Kind, Is.EqualTo(FailureKind.NotAnArticle));
        }
    }

    [Test]
    public void Extract_HomePageOfLinks_ThrowsNotAnArticle()
    {
        var links = string.Concat(Enumerable.Range(0, 200).Select(i => $"<li><a href='/story/{i}'>Headline number {i} about things</a></li>"));
        var page = GoldenPages.FromHtml($"<html><body><nav><ul>{links}</ul></nav><div class='grid'><ul>{links}</ul></div></body></html>");

        var ex = Assert.Throws<SummarizerException>(() => CreateSut().Extract(page));

        Assert.That(ex!.Kind, Is.EqualTo(FailureKind.NotAnArticle));
    }

    [Test]
    public void Extract_LoginWall_ThrowsNotAnArticle()
    {
        var page = GoldenPages.FromHtml("<html><body><form><label>Email</label><input name=e><button>Sign in</button></form><p>Subscribe to read.</p></body></html>");

        Assert.That(() => CreateSut().Extract(page), Throws.TypeOf<SummarizerException>().With.Property(nameof(SummarizerException.Kind)).EqualTo(FailureKind.NotAnArticle));
    }

    [TestCase("<html><body><div><p>unclosed <b>bold <i>italic</div></span></table>" + "<<<>>>&&&;;</p>")]
    [TestCase("\0\0\0\u0001binary")]
    [TestCase("<script>var x = '</div>';</script><!-- never closed")]
    public void Extract_MalformedMarkup_OnlyNotAnArticleEscapes(string html)
    {
        AssertOnlyNotAnArticle(() => CreateSut().Extract(GoldenPages.FromHtml(html)));
    }

    [Test]
    public void Extract_MalformedButReadable_KeepsProse()
    {
        var article = CreateSut().Extract(GoldenPages.FromHtml($"<html><body><div class=story><p>{Prose}<p>{Prose}</div></span></body>"));

        Assert.That(article.Paragraphs, Has.Count.EqualTo(2));
    }

    [Test]
    public void Extract_TenMegabytePage_FinishesQuickly()
    {
        var filler = new StringBuilder("<html><head><script>");
        filler.Append('x', 4_000_000).Append("</script></head><body><div class=article-body>");
        for (var i = 0; filler.Length < 10_000_000; i++)
        {
            filler.Append("<div class='teaser'><a href='/x'>link ").Append(i).Append("</a></div>");
        }

        filler.Append("<p>").Append(Prose).Append("</p></div></body></html>");
        var page = new FetchedPage(null, Encoding.UTF8.GetBytes(filler.ToString()), "text/html", "utf-8");
        CreateSut().Extract(GoldenPages.FromHtml("<p>" + Prose + "</p>"));

        var stopwatch = Stopwatch.StartNew();
        AssertOnlyNotAnArticle(() => CreateSut().Extract(page));

        // A hang guard only: the 1 s target is measured by the extraction bench, not by a timed unit test on a shared machine.
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void Extract_ManyNestedBoilerplateNamedContainersAroundTheArticle_FinishesQuickly()
    {
        // Each container is named like boilerplate but holds the whole page: each must be measured, once.
        var paragraphs = string.Concat(Enumerable.Repeat("<p>" + Prose + "</p>", 8_000));
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div class='post share has-sidebar'>", 150)) + paragraphs + "</body></html>";
        CreateSut().Extract(GoldenPages.FromHtml("<p>" + Prose + "</p>"));
        var stopwatch = Stopwatch.StartNew();

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs, Is.Not.Empty);
        // A hang guard only: the 1 s target is measured by the extraction bench, not by a timed unit test on a shared machine.
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void Extract_DeeplyNestedMarkup_DoesNotOverflowAndFinishesQuickly()
    {
        const int depth = 100_000;
        var html = string.Concat(Enumerable.Repeat("<div><span>", depth)) + "<p>" + Prose + "</p>";
        var stopwatch = Stopwatch.StartNew();

        AssertOnlyNotAnArticle(() => CreateSut().Extract(GoldenPages.FromHtml(html)));

        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void Extract_Windows1256WithoutDeclaration_DecodesArabic()
    {
        const string body = "أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم الاقتصاد الوطني وتحسين الخدمات العامة في جميع المحافظات.";
        var html = $"<html lang=ar><head><title>خبر</title></head><body><article><p>{body}</p><p>{body}</p><p>{body}</p></article></body></html>";
        var bytes = Encoding.GetEncoding(1256).GetBytes(html);

        var article = CreateSut().Extract(new FetchedPage(null, bytes, "text/html", null));

        Assert.That(article.Paragraphs[0], Is.EqualTo(body));
    }

    [Test]
    public void Extract_AdPlaceholdersAndReadAlso_AreRemoved()
    {
        var html = $"<html lang=ar><body><article><p>{Prose}</p><p>إعلان</p><div class='ad-slot'><p>{Prose} SPONSOR</p></div><ins class='adsbygoogle'></ins><p>اقرأ أيضاً: عنوان خبر آخر</p><p>Advertisement</p><p>{Prose}</p></article></body></html>";

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs, Has.Count.EqualTo(2));
        Assert.That(article.Text, Does.Not.Contain("SPONSOR").And.Not.Contain("اقرأ").And.Not.Contain("إعلان"));
    }

    [Test]
    public void Extract_HeadingsListsAndQuotesInsideArticle_KeptInOrder()
    {
        var html = $"<html><body><article><p>{Prose}</p><h2>Section two</h2><ul><li>First point of the list here</li><li>Second point of the list here</li></ul><blockquote>A quoted sentence from someone.</blockquote><p>{Prose}</p></article><aside><p>{Prose} ASIDE</p></aside></body></html>";

        var paragraphs = CreateSut().Extract(GoldenPages.FromHtml(html)).Paragraphs;

        Assert.That(paragraphs.Skip(1).Take(4), Is.EqualTo(new[] { "Section two", "First point of the list here", "Second point of the list here", "A quoted sentence from someone." }));
        Assert.That(string.Join("\n", paragraphs), Does.Not.Contain("ASIDE"));
    }
}
