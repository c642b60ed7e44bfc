using System.Net;
using Summarizer.Summarization;
using Summarizer.Web.Tests.Support;

namespace Summarizer.Web.Tests.Pages;

[TestFixture]
public sealed class PagesTests
{
    private ReadingRoomFactory _factory = null!;
    private HttpClient _client = null!;
    private long _arabic;
    private long _latin;

    [SetUp]
    public async Task SetUp()
    {
        _factory = ReadingRoomFactory.Sqlite(new() { ["Summarizer:ReadingRoom:PageSize"] = "2" });
        _client = _factory.CreateClient();
        var now = _factory.Time.GetUtcNow();
        _arabic = await Seed.SummarizedAsync(_factory.Store, "news-a", "https://a.example/1", "عنوان الخبر الأول", "نص الخبر الأول عن الاقتصاد.",
            "ملخص الخبر الأول.", ["نقطة أولى", "نقطة ثانية", "نقطة ثالثة"], now.AddHours(-3), grounded: false, issues: ["رقم غير موجود في النص"],
            usage: new TokenUsage(1200, 300, 2, 0.0042m));
        await Seed.SummarizedAsync(_factory.Store, "news-a", "https://a.example/2", "الخبر الثاني", "نص الخبر الثاني.", "ملخص الخبر الثاني.",
            ["نقطة"], now.AddDays(-2));
        _latin = await Seed.SummarizedAsync(_factory.Store, "news-b", "https://b.example/1", "An English headline", "Some English text.",
            "An English summary.", ["A point"], now.AddMinutes(-5), language: "en");
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Home_ThreeSummariesPageSizeTwo_NewestFirstRtlWithNextLink()
    {
        var html = await _client.GetStringAsync("/");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<html dir=\"rtl\" lang=\"ar\">"));
            Assert.That(html.IndexOf("An English headline", StringComparison.Ordinal), Is.LessThan(html.IndexOf("عنوان الخبر الأول", StringComparison.Ordinal)));
            Assert.That(html, Does.Not.Contain("الخبر الثاني</a>"), "the third article is on page 2");
            Assert.That(html, Does.Contain("href=\"/?page=2\""));
            Assert.That(html, Does.Contain("منذ ٣ ساعات"));
            Assert.That(html, Does.Contain("title=\"٢٠٢٦-٠٥-١٠ ٠٩:٠٠ (UTC)\""), "the exact time on hover");
            Assert.That(html, Does.Contain("ملخص غير مُتحقَّق منه"), "the ungrounded summary is marked");
            Assert.That(html, Does.Contain("href=\"https://a.example/1\""), "the original link");
            Assert.That(html, Does.Contain("<article class=\"card\" lang=\"en\" dir=\"ltr\">"), "a Latin article reads left to right");
        });
    }

    [Test]
    public async Task Home_PagePastTheEnd_EmptyPageNot404()
    {
        var response = await _client.GetAsync("/?page=999999999");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("لا توجد ملخصات في هذه الصفحة"));
    }

    [Test]
    public async Task Source_Known_ListsOnlyItsArticles()
    {
        var html = await _client.GetStringAsync("/sources/news-b");

        Assert.That(html, Does.Contain("An English headline"));
        Assert.That(html, Does.Not.Contain("عنوان الخبر الأول"));
    }

    [TestCase("/sources/nope")]
    [TestCase("/days/2020-01-01")]
    [TestCase("/days/yesterday")]
    [TestCase("/days/2026-13-45")]
    [TestCase("/articles/987654")]
    [TestCase("/articles/abc")]
    [TestCase("/no/such/page")]
    [TestCase("/feeds/nope.atom")]
    public async Task Get_UnknownThing_Arabic404Page(string path)
    {
        var response = await _client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(html, Does.Contain("الصفحة غير موجودة"));
        Assert.That(html, Does.Contain("dir=\"rtl\""));
    }

    [Test]
    public async Task Day_WithSummaries_ListsThatDayOnly()
    {
        var html = await _client.GetStringAsync("/days/2026-05-08");

        Assert.That(html, Does.Contain("الخبر الثاني"));
        Assert.That(html, Does.Not.Contain("عنوان الخبر الأول"));
    }

    [Test]
    public async Task Article_Known_ShowsEveryFieldAndHowTheSummaryWasMade()
    {
        var html = await _client.GetStringAsync($"/articles/{_arabic}");

        Assert.Multiple(() =>
        {
            foreach (var expected in new[]
                     {
                         "عنوان الخبر الأول", "ملخص الخبر الأول.", "نقطة ثالثة", "news-a", "مراسل", "https://a.example/1", "llm", "test-model", "test-1",
                         "رقم غير موجود في النص", "١٢٠٠ رمز مدخل", "٣٠٠ رمز ناتج", "0.0042", "نص الخبر الأول عن الاقتصاد", "summarized",
                     })
            {
                Assert.That(html, Does.Contain(expected));
            }
        });
    }

    [Test]
    public async Task Article_Latin_LeftToRight()
    {
        var html = await _client.GetStringAsync($"/articles/{_latin}");

        Assert.That(html, Does.Contain("lang=\"en\" dir=\"ltr\""));
    }

    [Test]
    public async Task Sources_TwoSourcesWithArticles_ListsCountsAndFeeds()
    {
        await _factory.Store.UpsertSourceAsync(new Storage.SourceState { Name = "news-a", Url = "https://a.example/rss", LastPolledAt = _factory.Time.GetUtcNow().AddMinutes(-10), LastStatus = 200, NewArticles = 2 }, CancellationToken.None);

        var html = await _client.GetStringAsync("/sources");

        Assert.That(html, Does.Contain("href=\"/sources/news-a\""));
        Assert.That(html, Does.Contain("منذ ١٠ دقائق"));
        Assert.That(html, Does.Contain("href=\"/feeds/news-a.atom\""));
    }

    [Test]
    public async Task Font_Served_FromTheAppWithItsLicence()
    {
        var font = await _client.GetAsync("/assets/noto-naskh-arabic-arabic-400-normal.woff2");
        var css = await _client.GetStringAsync("/assets/site.css");
        var licence = await _client.GetStringAsync("/assets/OFL.txt");

        Assert.That(font.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await font.Content.ReadAsByteArrayAsync())[..4], Is.EqualTo("wOF2"u8.ToArray()));
        Assert.That(css, Does.Contain("font-family: \"Noto Naskh Arabic\""));
        Assert.That(licence, Does.Contain("SIL Open Font License"));
    }

    [Test]
    public async Task Home_Headers_ContentSecurityPolicyAllowsOnlyThisHost()
    {
        var response = await _client.GetAsync("/");

        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'"));
    }
}
