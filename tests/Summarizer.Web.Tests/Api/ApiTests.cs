using System.Net;
using System.Text.Json;
using Summarizer.Web.Tests.Support;

namespace Summarizer.Web.Tests.Api;

[TestFixture]
public sealed class ApiTests
{
    /// <summary>The fields of <c>summarize --format json</c>, as the README documents them.</summary>
    private static readonly string[] CliFields =
    [
        "id", "source", "url", "title", "byline", "publishedAt", "language", "direction", "summary", "keyPoints", "summarizer", "model",
        "promptVersion", "grounded", "validationIssues", "keyPointsNote", "usage", "timingsMs",
    ];

    private ReadingRoomFactory _factory = null!;
    private HttpClient _client = null!;
    private long _first;

    [SetUp]
    public async Task SetUp()
    {
        _factory = ReadingRoomFactory.Sqlite(new() { ["Summarizer:ReadingRoom:PageSize"] = "2" });
        _client = _factory.CreateClient();
        var now = _factory.Time.GetUtcNow();
        _first = await Seed.SummarizedAsync(_factory.Store, "news-a", "https://a.example/1", "الأول", "نص عن امريكا.", "ملخص الأول.", ["نقطة"], now.AddDays(-3),
            usage: new Summarization.TokenUsage(10, 5, 1, 0.5m));
        await Seed.SummarizedAsync(_factory.Store, "news-a", "https://a.example/2", "الثاني", "نص.", "ملخص الثاني.", ["نقطة"], now.AddHours(-2));
        await Seed.SummarizedAsync(_factory.Store, "news-b", "https://b.example/1", "الثالث", "نص.", "ملخص الثالث.", ["نقطة"], now.AddHours(-1));
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task List_FirstPage_CliObjectsNewestFirstAndNextLink()
    {
        var response = await _client.GetAsync("/api/articles");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.EnumerateArray().ToList();

        Assert.That(items.Select(i => i.GetProperty("title").GetString()), Is.EqualTo(new[] { "الثالث", "الثاني" }));
        Assert.That(items[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(CliFields));
        Assert.That(response.Headers.GetValues("Link").Single(), Is.EqualTo("</api/articles?page=2>; rel=\"next\""));
    }

    [Test]
    public async Task List_SourceSinceAndQuery_Filtered()
    {
        var bySource = JsonDocument.Parse(await _client.GetStringAsync("/api/articles?source=news-b")).RootElement;
        var since = JsonDocument.Parse(await _client.GetStringAsync("/api/articles?since=2026-05-09")).RootElement;
        var query = JsonDocument.Parse(await _client.GetStringAsync("/api/articles?q=" + Uri.EscapeDataString("أمريكا"))).RootElement;

        Assert.That(bySource.EnumerateArray().Select(i => i.GetProperty("title").GetString()), Is.EqualTo(new[] { "الثالث" }));
        Assert.That(since.GetArrayLength(), Is.EqualTo(2));
        Assert.That(query.EnumerateArray().Select(i => i.GetProperty("title").GetString()), Is.EqualTo(new[] { "الأول" }));
    }

    [Test]
    public async Task List_PastTheEnd_EmptyArray() =>
        Assert.That(JsonDocument.Parse(await _client.GetStringAsync("/api/articles?page=1000")).RootElement.GetArrayLength(), Is.Zero);

    [Test]
    public async Task Get_Known_UsageAndIdentity()
    {
        var item = JsonDocument.Parse(await _client.GetStringAsync($"/api/articles/{_first}")).RootElement;

        Assert.That(item.GetProperty("id").GetString(), Is.EqualTo(_first.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(item.GetProperty("usage").GetProperty("cost").GetDecimal(), Is.EqualTo(0.5m));
        Assert.That(item.GetProperty("direction").GetString(), Is.EqualTo("rtl"));
    }

    [TestCase("/api/articles/424242", HttpStatusCode.NotFound)]
    [TestCase("/api/articles?source=nope", HttpStatusCode.NotFound)]
    [TestCase("/api/articles?since=not-a-date", HttpStatusCode.BadRequest)]
    public async Task Get_BadInput_ProblemStatus(string path, HttpStatusCode expected) =>
        Assert.That((await _client.GetAsync(path)).StatusCode, Is.EqualTo(expected));

    [Test]
    public async Task OpenApi_Document_DescribesTheApiOnly()
    {
        var doc = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.That(paths, Is.EquivalentTo(new[] { "/api/articles", "/api/articles/{id}" }));
    }
}
