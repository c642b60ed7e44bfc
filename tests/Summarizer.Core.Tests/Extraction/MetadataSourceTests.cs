using Microsoft.Extensions.Options;
using Summarizer.Extraction;

namespace Summarizer.Core.Tests.Extraction;

[TestFixture]
public class MetadataSourceTests
{
    private static readonly string Body = "<article><p>" + string.Concat(Enumerable.Repeat("جملة من نص الخبر، فيها تفاصيل وأرقام ومعلومات مفيدة للقارئ. ", 8)) + "</p></article>";

    private static HtmlContentExtractor CreateSut() => new(Options.Create(new ExtractionOptions()));

    private static ExtractedArticle Extract(string head, string body = "") =>
        CreateSut().Extract(GoldenPages.FromHtml($"<html><head>{head}</head><body>{body}{Body}</body></html>"));

    [Test]
    public void Extract_JsonLdNewsArticle_ReadsHeadlineAuthorsDatesAndImage()
    {
        const string ld = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"موقع"},
            {"@type":["NewsArticle"],"headline":"عنوان الخبر","author":[{"@type":"Person","name":"سارة علي"},{"name":"John Smith"}],
             "datePublished":"2024-05-01T08:30:00+03:00","dateModified":"2024-05-02T09:00:00+03:00","image":{"url":"https://cdn.example/a.jpg"},
             "publisher":{"@type":"Organization","name":"الناشر"}}]}</script>
            """;

        var article = Extract(ld);

        Assert.That(article.Title, Is.EqualTo("عنوان الخبر"));
        Assert.That(article.Authors, Is.EqualTo(new[] { "سارة علي", "John Smith" }));
        Assert.That(article.PublishedAt, Is.EqualTo(new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.FromHours(3))));
        Assert.That(article.ModifiedAt, Is.EqualTo(new DateTimeOffset(2024, 5, 2, 9, 0, 0, TimeSpan.FromHours(3))));
        Assert.That(article.ImageUrl, Is.EqualTo(new Uri("https://cdn.example/a.jpg")));
        Assert.That(article.SiteName, Is.EqualTo("الناشر"));
    }

    [Test]
    public void Extract_MalformedJsonLd_FallsBackToMeta()
    {
        var article = Extract("""<script type="application/ld+json">{"@type":"NewsArticle", headline: broken</script><meta property="og:title" content="من الميتا - سكاي نيوز عربية"><meta property="og:site_name" content="سكاي نيوز عربية">""");

        Assert.That(article.Title, Is.EqualTo("من الميتا"));
    }

    [Test]
    public void Extract_OpenGraphAndLinks_ReadsCanonicalImageDescriptionLanguage()
    {
        var article = Extract("""
            <meta property="og:description" content="وصف قصير"><meta property="og:image" content="/img/lead.jpg">
            <link rel="canonical" href="https://news.example/canonical"><meta property="article:published_time" content="2023-11-05T12:00:00Z">
            <meta name="author" content="Ahmad Hassan">
            """);

        Assert.That(article.Description, Is.EqualTo("وصف قصير"));
        Assert.That(article.ImageUrl, Is.EqualTo(new Uri("https://news.example/img/lead.jpg")));
        Assert.That(article.CanonicalUrl, Is.EqualTo(new Uri("https://news.example/canonical")));
        Assert.That(article.PublishedAt, Is.EqualTo(new DateTimeOffset(2023, 11, 5, 12, 0, 0, TimeSpan.Zero)));
        Assert.That(article.Byline, Is.EqualTo("Ahmad Hassan"));
        Assert.That((article.Language, article.Direction), Is.EqualTo(("ar", "rtl")));
    }

    [Test]
    public void Extract_TimeElement_ReadsDatetimeAttribute()
    {
        var article = Extract("", "<time datetime=\"2022-07-14T06:05:00+02:00\">14 تموز</time>");

        Assert.That(article.PublishedAt, Is.EqualTo(new DateTimeOffset(2022, 7, 14, 6, 5, 0, TimeSpan.FromHours(2))));
    }

    [Test]
    public void Extract_VisibleArabicDateline_ParsedWithEasternDigits()
    {
        var article = Extract("<title>خبر</title>", "<div><h1>خبر</h1><div class=\"x\">الخميس ١٢ تشرين الأول ٢٠٢٣</div></div>");

        Assert.That(article.PublishedAt?.Date, Is.EqualTo(new DateTime(2023, 10, 12)));
    }

    [Test]
    public void Extract_DeclaredEnglishButArabicText_LanguageIsArabic()
    {
        var article = CreateSut().Extract(GoldenPages.FromHtml($"<html lang=\"en\"><body>{Body}</body></html>"));

        Assert.That((article.Language, article.Direction), Is.EqualTo(("ar", "rtl")));
    }
}
