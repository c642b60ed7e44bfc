using System.ServiceModel.Syndication;
using System.Xml;
using Summarizer.Web.Tests.Support;

namespace Summarizer.Web.Tests.Feeds;

[TestFixture]
public sealed class FeedTests
{
    private ReadingRoomFactory _factory = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task SetUp()
    {
        _factory = ReadingRoomFactory.Sqlite();
        _client = _factory.CreateClient();
        await Seed.SummarizedAsync(_factory.Store, "news-a", "https://a.example/1", "عنوان <b>الخبر</b>", "نص.", "ملخص & <i>الخبر</i>.",
            ["نقطة <script>x()</script>", "نقطة ثانية"], _factory.Time.GetUtcNow().AddHours(-1));
        await Seed.SummarizedAsync(_factory.Store, "news-b", "https://b.example/1", "خبر ب", "نص ب.", "ملخص ب.", ["نقطة ب"]);
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<SyndicationFeed> ReadAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/atom+xml"));
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.That(formatter.CanRead(reader), Is.True, "an Atom 1.0 document");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    [Test]
    public async Task All_MorePagesThanOne_Rfc5005LinksAndTheOlderPage()
    {
        using var factory = ReadingRoomFactory.Sqlite(new() { ["Summarizer:ReadingRoom:PageSize"] = "1" });
        using var client = factory.CreateClient();
        var now = factory.Time.GetUtcNow();
        await Seed.SummarizedAsync(factory.Store, "news-a", "https://a.example/new", "الأحدث", "نص.", "ملخص.", ["نقطة"], now.AddHours(-1));
        await Seed.SummarizedAsync(factory.Store, "news-a", "https://a.example/old", "الأقدم", "نص.", "ملخص.", ["نقطة"], now.AddHours(-5));

        var first = await ReadFeedAsync(client, "/feeds/all.atom");
        var next = first.Links.Single(l => l.RelationshipType == "next").Uri;
        var second = await ReadFeedAsync(client, next.PathAndQuery);

        Assert.Multiple(() =>
        {
            Assert.That(first.Items.Single().Title.Text, Is.EqualTo("الأحدث"));
            Assert.That(first.Links.Any(l => l.RelationshipType == "previous"), Is.False);
            Assert.That(next.PathAndQuery, Is.EqualTo("/feeds/all.atom?page=2"));
            Assert.That(second.Items.Single().Title.Text, Is.EqualTo("الأقدم"));
            Assert.That(second.Links.Single(l => l.RelationshipType == "previous").Uri.PathAndQuery, Is.EqualTo("/feeds/all.atom"));
            Assert.That(second.Links.Single(l => l.RelationshipType == "first").Uri.PathAndQuery, Is.EqualTo("/feeds/all.atom"));
            Assert.That(second.Links.Any(l => l.RelationshipType == "next"), Is.False, "the last page");
            Assert.That(second.Id, Is.EqualTo(first.Id), "one feed, one id");
        });
    }

    private static async Task<SyndicationFeed> ReadFeedAsync(HttpClient client, string path)
    {
        using var reader = XmlReader.Create(await client.GetStreamAsync(path));
        return SyndicationFeed.Load(reader);
    }

    [Test]
    public async Task All_TwoSources_AtomEntriesWithSummaryPointsAndOriginalLink()
    {
        var feed = await ReadAsync("/feeds/all.atom");
        var entry = feed.Items.Single(i => i.Title.Text == "عنوان <b>الخبر</b>");
        var content = ((TextSyndicationContent)entry.Content).Text;

        Assert.Multiple(() =>
        {
            Assert.That(feed.Items.Count(), Is.EqualTo(2));
            Assert.That(feed.Language, Is.EqualTo("ar"));
            Assert.That(entry.Links.Single(l => l.RelationshipType is null or "alternate").Uri, Is.EqualTo(new Uri("https://a.example/1")));
            Assert.That(content, Does.Contain("ملخص &amp; &lt;i&gt;الخبر&lt;/i&gt;."), "values are encoded inside the HTML content");
            Assert.That(content, Does.Contain("<li>نقطة &lt;script&gt;x()&lt;/script&gt;</li>"));
            Assert.That(content, Does.Contain("<li>نقطة ثانية</li>"));
            Assert.That(entry.PublishDate, Is.EqualTo(_factory.Time.GetUtcNow().AddHours(-1)));
        });
    }

    [Test]
    public async Task Source_OneSource_OnlyItsEntries()
    {
        var feed = await ReadAsync("/feeds/news-b.atom");

        Assert.That(feed.Items.Select(i => i.Title.Text), Is.EqualTo(new[] { "خبر ب" }));
    }
}
