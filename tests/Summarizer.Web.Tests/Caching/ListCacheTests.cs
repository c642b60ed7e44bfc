using Microsoft.Extensions.DependencyInjection;
using Summarizer.Storage;
using Summarizer.Web.Tests.Support;

namespace Summarizer.Web.Tests.Caching;

/// <summary>
/// List pages and feeds are served from memory for a few seconds; a summary stored through this process's summary role
/// (the one the worker of <c>run --serve</c> writes through) empties that memory, so it shows on the next request.
/// </summary>
[TestFixture]
public sealed class ListCacheTests
{
    private ReadingRoomFactory _factory = null!;
    private HttpClient _client = null!;

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task StartAsync(string cacheDuration)
    {
        _factory = ReadingRoomFactory.Sqlite(new() { ["Summarizer:ReadingRoom:ListCacheDuration"] = cacheDuration });
        _client = _factory.CreateClient();
        await Seed.SummarizedAsync(_factory.Store, "news-a", "https://a.example/1", "الخبر الأول", "نص الخبر الأول.", "ملخص الخبر الأول.",
            ["نقطة"], _factory.Time.GetUtcNow().AddHours(-2));
    }

    [TestCase("/")]
    [TestCase("/sources/news-a")]
    [TestCase("/feeds/all.atom")]
    [TestCase("/feeds/news-a.atom")]
    public async Task List_SummaryStoredThroughTheProcessesSummaryRole_ShownOnTheNextRequest(string path)
    {
        await StartAsync("00:05:00");
        Assert.That(await _client.GetStringAsync(path), Does.Contain("الخبر الأول"));

        await Seed.SummarizedAsync(_factory.Store, "news-a", "https://a.example/2", "خبر جديد", "نص الخبر الجديد.", "ملخص الخبر الجديد.",
            ["نقطة"], _factory.Time.GetUtcNow().AddMinutes(-1), summaries: _factory.Services.GetRequiredService<ISummaryStore>());

        Assert.That(await _client.GetStringAsync(path), Does.Contain("خبر جديد"));
    }

    [Test]
    public async Task Home_SummaryWrittenByAnotherProcess_ServedFromTheCacheMeanwhile()
    {
        await StartAsync("00:05:00");
        await _client.GetStringAsync("/");

        // Written to the store directly, as another worker process would: this process is not told.
        await Seed.SummarizedAsync(_factory.Store, "news-a", "https://a.example/2", "خبر جديد", "نص الخبر الجديد.", "ملخص الخبر الجديد.",
            ["نقطة"], _factory.Time.GetUtcNow().AddMinutes(-1));

        Assert.That(await _client.GetStringAsync("/"), Does.Not.Contain("خبر جديد"));
    }

    [Test]
    public async Task Home_CacheTurnedOff_EveryRequestRendersTheStore()
    {
        await StartAsync("00:00:00");
        await _client.GetStringAsync("/");

        await Seed.SummarizedAsync(_factory.Store, "news-a", "https://a.example/2", "خبر جديد", "نص الخبر الجديد.", "ملخص الخبر الجديد.",
            ["نقطة"], _factory.Time.GetUtcNow().AddMinutes(-1));

        Assert.That(await _client.GetStringAsync("/"), Does.Contain("خبر جديد"));
    }
}
