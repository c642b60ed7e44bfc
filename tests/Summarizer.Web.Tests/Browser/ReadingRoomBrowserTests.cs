using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Summarizer.Storage;
using Summarizer.Testing;
using Summarizer.Web.Hosting;
using Summarizer.Web.Tests.Support;

namespace Summarizer.Web.Tests.Browser;

/// <summary>
/// The reading room on a real loopback Kestrel, driven by Debian's headless Chromium through Playwright: load the home page,
/// search, open an article; the page is RTL, logs no console error, and asks no other host for anything.
/// Ignored with the reason when chromium is missing, unless SUMMARIZER_REQUIRE_CHROMIUM=1 (CI).
/// SUMMARIZER_SCREENSHOTS=folder saves the screenshots the README shows.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ReadingRoomBrowserTests
{
    private DirectoryInfo _folder = null!;
    private WebApplication _app = null!;
    private Uri _site = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _folder = Directory.CreateTempSubdirectory("summarizer-browser-");
        _app = ReadingRoomHost.Build("http://127.0.0.1:0", withWorker: false, web =>
        {
            web.Configuration.AddInMemoryCollection([new("Summarizer:Storage:ConnectionString", $"Data Source={Path.Combine(_folder.FullName, "s.db")}")]);
            web.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 5, 10, 12, 0, 0, TimeSpan.Zero)));
            web.Logging.ClearProviders().AddProvider(new TestOutputLoggerProvider());
        });
        await _app.StartAsync();
        _site = new Uri(_app.Urls.First());
        var store = _app.Services.GetRequiredService<SqlArticleStore>();
        var now = new DateTimeOffset(2026, 5, 10, 12, 0, 0, TimeSpan.Zero);
        await Seed.SummarizedAsync(store, "الجزيرة-تجريبي", "https://news.example/2026/05/10/talks", "محادثات في واشنطن حول التجارة مع امريكا",
            "وصل وفد تجاري إلى واشنطن صباح اليوم لبحث الرسوم الجمركية مع امريكا. وقال رئيس الوفد إن المحادثات ستستمر ثلاثة أيام.",
            "وفد تجاري يبدأ في واشنطن محادثات تستمر ثلاثة أيام حول الرسوم الجمركية مع امريكا.",
            ["المحادثات تستمر ثلاثة أيام.", "الرسوم الجمركية محور النقاش.", "رئيس الوفد يتوقع اتفاقًا مبدئيًا."], now.AddHours(-3));
        await Seed.SummarizedAsync(store, "wire-en", "https://wire.example/markets", "Markets steady ahead of the talks",
            "Markets were steady on Sunday as investors waited for the outcome of the trade talks.",
            "Markets held steady as investors awaited the trade talks.", ["Stocks flat.", "Oil slightly up.", "Dollar unchanged."], now.AddHours(-5),
            language: "en");
        await Seed.SummarizedAsync(store, "الجزيرة-تجريبي", "https://news.example/2026/05/09/rain", "أمطار غزيرة في المدينة",
            "هطلت أمطار غزيرة على المدينة مساء أمس وأغلقت بعض الطرق.", "أمطار غزيرة تغلق طرقًا في المدينة.", ["إغلاق طرق.", "لا إصابات.", "تحذير من السيول."],
            now.AddDays(-1), grounded: false, issues: ["رقم في الملخص غير موجود في النص"]);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Test]
    public async Task Browse_HomeSearchArticle_RtlNoConsoleErrorsNoRequestOffTheMachine()
    {
        var chromium = HeadlessChromium.Require();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium, Headless = true, Args = HeadlessChromium.Arguments, Timeout = HeadlessChromium.UpperBoundMs,
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 1300 }, JavaScriptEnabled = false });
        // Playwright's 30 s default is an upper bound a busy CI box can reach (a first Chromium start, a starved renderer):
        // each step below waits for its own condition (load event, URL, selector), only with a wider cap.
        page.SetDefaultTimeout(HeadlessChromium.UpperBoundMs);
        page.SetDefaultNavigationTimeout(HeadlessChromium.UpperBoundMs);
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) => requests.Add(request.Url);
        page.RequestFailed += (_, request) => errors.Add("failed: " + request.Url);

        await page.GotoAsync(_site.AbsoluteUri); // its own navigation's load event: laid out, its fonts asked for
        var homeDir = await page.GetAttributeAsync("html", "dir");
        // The load event does not wait for web fonts: wait for the ones the page asked for, then check the Arabic face is one.
        var fontLoaded = await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return document.fonts.check('16px \"Noto Naskh Arabic\"', 'ملخص'); }");
        await Screenshot(page, "reading-room-home.png");

        await page.FillAsync("input[name=q]", "أمريكا");
        await OpenAsync(page, () => page.ClickAsync("form.search button"), "/search?q=");
        var marks = await page.Locator("mark").AllInnerTextsAsync();

        await OpenAsync(page, () => page.ClickAsync("article.card h2 a"), "/articles/");
        var articleTitle = await page.InnerTextAsync("h1");
        await Screenshot(page, "reading-room-article.png");

        Assert.Multiple(() =>
        {
            Assert.That(homeDir, Is.EqualTo("rtl"));
            Assert.That(fontLoaded, Is.True, "the Arabic face came from the app");
            Assert.That(marks, Does.Contain("امريكا"), "the search found the other spelling and marked it");
            Assert.That(articleTitle, Is.EqualTo("محادثات في واشنطن حول التجارة مع امريكا"));
            Assert.That(errors, Is.Empty);
            Assert.That(requests.Where(r => new Uri(r).Host != _site.Host), Is.Empty, "every request stays on this machine");
            Assert.That(requests, Has.Some.Contains("/assets/noto-naskh-arabic-arabic-400-normal.woff2"));
        });
    }

    /// <summary>
    /// Follows a link or form to a page and waits until it is all there: the page's URL is the new one (set when the
    /// navigation commits), then its last element (the footer) is parsed. Not WaitForURL: when the URL already matches it
    /// waits for the frame's load event, which under load it sometimes never recorded, and it waited out its whole
    /// timeout on a page that had long finished ("NetworkIdle event fired").
    /// </summary>
    private static async Task OpenAsync(IPage page, Func<Task> navigate, string urlPart)
    {
        await navigate();
        var giveUp = DateTime.UtcNow.AddMilliseconds(HeadlessChromium.UpperBoundMs);
        while (!page.Url.Contains(urlPart, StringComparison.Ordinal))
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(giveUp), $"never got to {urlPart}; still at {page.Url}");
            await Task.Delay(50);
        }

        await page.Locator("body > footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SUMMARIZER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
        }
    }
}
