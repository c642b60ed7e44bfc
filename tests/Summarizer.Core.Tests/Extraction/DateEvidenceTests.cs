using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Extraction;
using Summarizer.Fetching;

namespace Summarizer.Core.Tests.Extraction;

/// <summary>Publication dates from each kind of evidence, on small hand-written pages.</summary>
[TestFixture]
public class DateEvidenceTests
{
    private static readonly string Body = "<p>" + string.Concat(Enumerable.Repeat("Der Gemeinderat hat am Abend über den neuen Haushalt beraten und viele Fragen der Bürger beantwortet. ", 6)) + "</p>";

    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static HtmlContentExtractor CreateSut() => new(Options.Create(new ExtractionOptions()), null, new FakeTimeProvider(Now));

    private static DateTimeOffset? Published(string head, string body, string url = "https://news.example/a/1") =>
        CreateSut().Extract(new FetchedPage(new Uri(url), System.Text.Encoding.UTF8.GetBytes($"<html><head>{head}</head><body>{body}{Body}</body></html>"), "text/html", null)).PublishedAt;

    [Test]
    public void Extract_MicrodataDatePublished_ReadsIt()
    {
        var published = Published("", """<div itemscope itemtype="https://schema.org/Article"><h1>Haushalt</h1><span itemprop="datePublished" content="2023-04-05">5. April</span></div>""");

        Assert.That(published?.Date, Is.EqualTo(new DateTime(2023, 4, 5)));
    }

    [Test]
    public void Extract_DatePublishedOnWebPageNode_ReadsIt()
    {
        const string ld = """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Haushalt","datePublished":"2022-11-03T09:00:00+01:00"}]}</script>""";

        Assert.That(Published(ld, "<h1>Haushalt</h1>")?.Date, Is.EqualTo(new DateTime(2022, 11, 3)));
    }

    [Test]
    public void Extract_DateInUrl_OutweighsOtherEvidence()
    {
        var published = Published("""<meta name="date" content="2021-01-01">""", "<h1>Haushalt</h1>", "https://news.example/2019/06/27/haushalt/");

        Assert.That(published?.Date, Is.EqualTo(new DateTime(2019, 6, 27)));
    }

    [Test]
    public void Extract_GermanDatelineBesideHeadline_ReadsDayMonthYear()
    {
        Assert.That(Published("", "<div><h1>Haushalt</h1><p class=\"meta\">Veröffentlicht am 16.08.2019, 10:22 Uhr</p></div>")?.Date, Is.EqualTo(new DateTime(2019, 8, 16)));
    }

    [Test]
    public void Extract_FutureDate_Refused()
    {
        var published = Published("""<meta property="article:published_time" content="2030-01-01T00:00:00Z">""", "<h1>Haushalt</h1>");

        Assert.That(published, Is.Null);
    }

    [Test]
    public void Extract_DateBefore1995_Refused() =>
        Assert.That(Published("""<meta property="article:published_time" content="1990-01-01T00:00:00Z">""", "<h1>Haushalt</h1>"), Is.Null);

    [Test]
    public void Extract_PublishedAndModified_PrefersPublished()
    {
        var article = CreateSut().Extract(new FetchedPage(new Uri("https://news.example/a"), System.Text.Encoding.UTF8.GetBytes(
            $"""<html><head><meta property="article:modified_time" content="2023-05-02T10:00:00Z"><meta property="article:published_time" content="2023-04-28T10:00:00Z"></head><body><h1>Haushalt</h1>{Body}</body></html>"""), "text/html", null));

        Assert.That((article.PublishedAt?.Date, article.ModifiedAt?.Date), Is.EqualTo(((DateTime?)new DateTime(2023, 4, 28), (DateTime?)new DateTime(2023, 5, 2))));
    }

    [Test]
    public void Extract_OnlyModified_UsedAsPublished() =>
        Assert.That(Published("""<meta property="article:modified_time" content="2023-05-02T10:00:00Z">""", "<h1>Haushalt</h1>")?.Date, Is.EqualTo(new DateTime(2023, 5, 2)));

    [Test]
    public void Extract_UtcTimestampAndSameMomentWithOffset_TakesLocalDay()
    {
        // 23:30 in Chicago is 05:30 UTC the next day: the page's own day is the local one.
        var published = Published("""<meta property="article:published_time" content="2023-11-09T05:30:00+00:00">""",
            """<h1>Haushalt</h1><time datetime="2023-11-08T23:30:00-06:00">Nov. 8</time>""");

        Assert.That(published?.Date, Is.EqualTo(new DateTime(2023, 11, 8)));
    }

    [Test]
    public void Extract_UtcWithFractionAndLocalTimeWithout_TakesLocalDayWithoutFailing()
    {
        // Found on a real page: the shift between the two clocks had milliseconds, and an offset must be whole minutes.
        var published = Published("""<meta property="article:published_time" content="2023-11-09T01:49:09.250Z"><meta name="sailthru.date" content="2023-11-08 17:49:09">""",
            "<h1>Haushalt</h1>");

        Assert.That(published?.Date, Is.EqualTo(new DateTime(2023, 11, 9)));
    }

    [Test]
    public void Extract_UtcAndSameMomentAsLocalTime_TakesLocalDay() =>
        Assert.That(Published("""<meta property="article:published_time" content="2023-11-09T01:49:09Z"><meta name="sailthru.date" content="2023-11-08 17:49:09">""",
            "<h1>Haushalt</h1>")?.Date, Is.EqualTo(new DateTime(2023, 11, 8)));

    [Test]
    public void Extract_SidebarDateBeforeHeadline_LosesToDatelineAfterIt()
    {
        var published = Published("", """<aside><time datetime="2020-01-01">1. Januar</time></aside><main><h1>Haushalt</h1><time datetime="2023-03-07">7. März</time></main>""");

        Assert.That(published?.Date, Is.EqualTo(new DateTime(2023, 3, 7)));
    }

    [Test]
    public void Extract_AgreeingMetaOutvotesSingleJsonLd()
    {
        const string head = """
            <meta property="article:published_time" content="2022-01-06T08:29:34"><meta name="date" content="2022-01-06">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-04T07:29:00Z"}</script>
            """;

        Assert.That(Published(head, "<h1>Haushalt</h1>")?.Date, Is.EqualTo(new DateTime(2022, 1, 6)));
    }

    [Test]
    public void Extract_NotAnArticle_KeepsTitleAndDate()
    {
        var page = new FetchedPage(new Uri("https://news.example/list"), System.Text.Encoding.UTF8.GetBytes(
            """<html><head><title>Übersicht</title><meta property="article:published_time" content="2023-02-01T08:00:00+01:00"></head><body><h1>Übersicht</h1><ul><li><a href="/a">A</a></li></ul></body></html>"""),
            "text/html", null);

        var error = Assert.Throws<SummarizerException>(() => CreateSut().Extract(page));

        Assert.That((error!.Kind, error.Page?.Title, error.Page?.PublishedAt?.Date, error.Page?.Paragraphs.Count),
            Is.EqualTo((FailureKind.NotAnArticle, "Übersicht", (DateTime?)new DateTime(2023, 2, 1), (int?)0)));
    }

    [Test]
    public void Extract_Windows1256PageDeclaringWindows1252_ArabicTitleAndText()
    {
        const string title = "الحكومة تعلن خطة جديدة للنقل العام في العاصمة";
        var text = string.Concat(Enumerable.Repeat("قال المتحدث باسم الوزارة إن الخطة تشمل خطوطا جديدة للحافلات وتحسين محطات القطارات في المدينة. ", 5));
        var bytes = System.Text.Encoding.GetEncoding(1256).GetBytes(
            $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>");

        var article = CreateSut().Extract(new FetchedPage(new Uri("https://news.example/a"), bytes, "text/html", null));

        Assert.That((article.Title, article.Language), Is.EqualTo((title, "ar")));
        Assert.That(article.Text, Does.Contain("خطوطا جديدة للحافلات"));
    }

    [Test]
    public void Extract_UnderArSaCulture_DatesStayGregorian()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // ar-SA's default calendar is Hijri (Um Al-Qura): nothing may parse or print dates through it.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            var fromText = Published("", "<div><h1>الخبر</h1><p>الخميس ١٢ تشرين الأول ٢٠٢٣</p></div>");
            var fromMeta = Published("""<meta property="article:published_time" content="2023-10-12T10:00:00+03:00">""", "<h1>الخبر</h1>");
            var fromGerman = Published("", "<div><h1>Haushalt</h1><p>12. Oktober 2023</p></div>");

            Assert.That((fromText?.Year, fromMeta?.Year, fromGerman?.Month), Is.EqualTo(((int?)2023, (int?)2023, (int?)10)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
