using System.Net;
using Summarizer.Web.Tests.Support;

namespace Summarizer.Web.Tests.Search;

[TestFixture]
public sealed class SearchTests
{
    private ReadingRoomFactory _factory = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task SetUp()
    {
        _factory = ReadingRoomFactory.Sqlite(new() { ["Summarizer:ReadingRoom:SearchPermitLimit"] = "1000" });
        _client = _factory.CreateClient();
        await Seed.SummarizedAsync(_factory.Store, "news-a", "https://a.example/1", "زيارة إلى امريكا",
            "وصل الوفد إلى امريكا صباح اليوم لبحث التجارة.", "الوفد في امريكا.", ["بحث التجارة", "لقاء الوزير", "مؤتمر صحفي"]);
        await Seed.SummarizedAsync(_factory.Store, "news-a", "https://a.example/2", "خبر آخر", "نص لا علاقة له بالموضوع.", "ملخص آخر.", ["نقطة"]);
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Search_HamzaSpellingOfAStoredWord_FindsAndHighlightsIt()
    {
        var html = await _client.GetStringAsync("/search?q=" + Uri.EscapeDataString("أمريكا"));

        Assert.That(html, Does.Contain("<mark>امريكا</mark>"));
        Assert.That(html, Does.Not.Contain("خبر آخر"));
        Assert.That(html, Does.Contain("value=\"أمريكا\""), "the query is echoed in the box");
    }

    [Test]
    public async Task Search_WordWithoutItsArticle_FindsAndMarksTheWordWithIt()
    {
        var html = await _client.GetStringAsync("/search?q=" + Uri.EscapeDataString("تجارة"));

        Assert.That(html, Does.Contain("<mark>التجارة</mark>"));
    }

    [Test]
    public async Task Search_WordOnlyInTheArticleText_Found()
    {
        var html = await _client.GetStringAsync("/search?q=" + Uri.EscapeDataString("صباح"));

        Assert.That(html, Does.Contain("زيارة إلى امريكا"));
    }

    [TestCase("\"")]
    [TestCase("*")]
    [TestCase("NEAR(a b)")]
    [TestCase("- امريكا")]
    [TestCase("'; drop table articles; --")]
    [TestCase("\" OR 1=1 --")]
    [TestCase("title:امريكا")]
    [TestCase("امريكا & ! | :* <->")]
    [TestCase("<script>alert(1)</script>")]
    [TestCase("\u064E\u064F\u0650\u0651\u0652")]
    public async Task Search_HostileQuery_NormalPageWithTheQueryEncoded(string query)
    {
        var response = await _client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(html, Does.Contain("<form class=\"search\""));
        Assert.That(await _client.GetStringAsync("/"), Does.Contain("زيارة إلى امريكا"), "nothing was dropped");
    }

    [Test]
    public async Task Search_TenThousandCharacters_NormalPage()
    {
        var response = await _client.GetAsync("/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("امريكا \"*( ", 1000))));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("زيارة إلى <mark>امريكا</mark>"));
    }

    [Test]
    public async Task Search_HtmlQuery_EchoedEncoded()
    {
        var html = await _client.GetStringAsync("/search?q=" + Uri.EscapeDataString("<b onmouseover=x>امريكا"));

        Assert.That(html, Does.Contain("&lt;b onmouseover=x&gt;امريكا"));
        Assert.That(html, Does.Not.Contain("<b onmouseover"));
    }

    [Test]
    public async Task Search_OnlyDiacritics_NoResultsAndAPrompt()
    {
        var html = await _client.GetStringAsync("/search?q=" + Uri.EscapeDataString("\u064B\u064C\u0640"));

        Assert.That(html, Does.Contain("اكتب كلمة أو أكثر"));
    }

    [Test]
    public async Task Search_PastTheLastPage_EmptyPage()
    {
        var response = await _client.GetAsync("/search?q=" + Uri.EscapeDataString("امريكا") + "&page=50");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("زيارة إلى امريكا"));
    }
}

[TestFixture]
public sealed class SearchRateLimitTests
{
    [Test]
    public async Task Search_PastTheLimit_429WithRetryAfter()
    {
        using var factory = ReadingRoomFactory.Sqlite(new()
        {
            ["Summarizer:ReadingRoom:SearchPermitLimit"] = "3", ["Summarizer:ReadingRoom:SearchWindow"] = "00:10:00",
        });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/search?q=x")).StatusCode);
        }

        var home = await client.GetAsync("/");
        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests }));
        Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK), "only search is limited");
    }

    [Test]
    public async Task ApiQuery_PastTheLimit_429ProblemWithRetryAfterAndListsStillAnswer()
    {
        using var factory = ReadingRoomFactory.Sqlite(new()
        {
            ["Summarizer:ReadingRoom:SearchPermitLimit"] = "3", ["Summarizer:ReadingRoom:SearchWindow"] = "00:10:00",
        });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync("/api/articles?q=x")).StatusCode);
        }

        using var limited = await client.GetAsync("/api/articles?q=x");
        using var list = await client.GetAsync("/api/articles");
        Assert.Multiple(async () =>
        {
            Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
            Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limited.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(limited.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(10)));
            Assert.That(await limited.Content.ReadAsStringAsync(), Does.Contain("\"status\":429"));
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the API without q is a list, not a search");
        });
    }

    [Test]
    public async Task ApiQueryAndSearchPage_OneBudgetPerAddress_SecondIsRefused()
    {
        using var factory = ReadingRoomFactory.Sqlite(new()
        {
            ["Summarizer:ReadingRoom:SearchPermitLimit"] = "1", ["Summarizer:ReadingRoom:SearchWindow"] = "00:10:00",
        });
        using var client = factory.CreateClient();

        var page = await client.GetAsync("/search?q=x");
        var api = await client.GetAsync("/api/articles?q=x");

        Assert.That((page.StatusCode, api.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.TooManyRequests)));
    }
}
