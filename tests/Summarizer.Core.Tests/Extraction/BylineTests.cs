using Microsoft.Extensions.Options;
using Summarizer.Extraction;
using Summarizer.Fetching;

namespace Summarizer.Core.Tests.Extraction;

/// <summary>Hand-written pages for each byline source and each thing that is not a byline.</summary>
[TestFixture]
public sealed class BylineTests
{
    private static readonly string Body = "<p>" + string.Concat(Enumerable.Repeat("أعلنت وزارة النقل افتتاح خط جديد لمترو الأنفاق يربط شرق العاصمة بغربها. ", 8)) + "</p>";

    private static HtmlContentExtractor CreateSut() => new(Options.Create(new ExtractionOptions()));

    private static string? Byline(string head, string beforeBody = "", string site = "صحيفة الميدان") =>
        CreateSut().Extract(new FetchedPage(
            new Uri("https://www.almaydan.example/news/1"),
            System.Text.Encoding.UTF8.GetBytes($"<html lang=\"ar\"><head><meta property=\"og:site_name\" content=\"{site}\">{head}</head><body><article><h1>افتتاح خط جديد للمترو</h1>{beforeBody}{Body}</article></body></html>"),
            "text/html", null)).Byline;

    [Test]
    public void Extract_JsonLdPerson_IsTheByline() =>
        Assert.That(Byline("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"افتتاح خط جديد للمترو","author":{"@type":"Person","name":"منى السيد"}}</script>"""),
            Is.EqualTo("منى السيد"));

    [Test]
    public void Extract_ItempropAuthor_IsTheByline() =>
        Assert.That(Byline("", """<span itemprop="author">خالد منصور</span>"""), Is.EqualTo("خالد منصور"));

    [Test]
    public void Extract_RelAuthor_IsTheByline() =>
        Assert.That(Byline("", """<a rel="author" href="/writers/7">هبة عادل</a>"""), Is.EqualTo("هبة عادل"));

    [Test]
    public void Extract_MetaAuthor_IsTheByline() =>
        Assert.That(Byline("""<meta name="author" content="سامي يوسف">"""), Is.EqualTo("سامي يوسف"));

    [TestCase("كتبت أسماء نصار", "أسماء نصار")]
    [TestCase("بقلم: محمود درويش", "محمود درويش")]
    [TestCase("إعداد: قسم الأخبار الاقتصادية", "قسم الأخبار الاقتصادية")]
    [TestCase("كتب - أحمد علي - القاهرة", "أحمد علي")]
    public void Extract_ArabicBylineLineUnderHeadline_IsTheByline(string line, string expected) =>
        Assert.That(Byline("", $"<p>{line}</p>"), Is.EqualTo(expected));

    [Test]
    public void Extract_MetaAuthorIsTheSiteName_NoByline() =>
        Assert.That(Byline("""<meta name="author" content="صحيفة الميدان">"""), Is.Null);

    [Test]
    public void Extract_MetaAuthorIsTheHostName_NoByline() =>
        Assert.That(Byline("""<meta name="author" content="almaydan">""", site: "الميدان"), Is.Null);

    [Test]
    public void Extract_AuthorIsAUrl_NoByline() =>
        Assert.That(Byline("""<meta name="author" content="https://www.facebook.com/almaydan">"""), Is.Null);

    [Test]
    public void Extract_AuthorIsALogoGluedToTheSiteName_NoByline() =>
        Assert.That(Byline("", """<span itemprop="author">Almaydanhttps://cdn.almaydan.example/i/logo.png</span>"""), Is.Null);

    [Test]
    public void Extract_AuthorIsADateline_NoByline() =>
        Assert.That(Byline("", """<span class="byline">(أبوظبي - الميدان)</span>"""), Is.Null);
}
