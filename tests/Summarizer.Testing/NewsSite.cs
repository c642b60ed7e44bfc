using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Summarizer.Testing;

/// <summary>
/// A loopback Arabic news site: article pages, an RSS feed and sitemaps with ETag/If-None-Match, robots.txt,
/// and a log of when each request arrived. Tests change its pages between passes.
/// </summary>
public sealed class NewsSite : IAsyncDisposable
{
    /// <summary>The sentences every article page is made of (each page holds all of them): a grounded LLM answer can quote them.</summary>
    public static readonly IReadOnlyList<string> Sentences =
    [
        "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية خلال العام المقبل",
        "وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة وتدريبا على أساليب الري الحديثة في عدة محافظات",
        "ويتوقع الخبراء أن تسهم هذه الخطوة في زيادة الإنتاج المحلي وتقليل الاعتماد على الاستيراد",
        "وأشار المسؤولون إلى أن التمويل سيأتي من ميزانية الدولة ومن شراكات مع مؤسسات دولية مختلفة",
        "ورحب اتحاد المزارعين بالقرار معتبرا أنه جاء في وقت مناسب بعد موسم صعب من الجفاف الشديد",
        "ومن المقرر أن تبدأ المرحلة الأولى من التنفيذ مطلع الشهر القادم في ثلاث محافظات جنوبية",
    ];

    private readonly ConcurrentDictionary<string, (string Body, string ContentType, int Status)> _pages = new();
    private LoopbackServer _server = null!;

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>Added before answering any page under <c>/news/</c>.</summary>
    public TimeSpan ArticleDelay { get; set; }

    /// <summary>
    /// Awaited before answering any page under <c>/news/</c> (with its path and the request's abort token): a drill holds
    /// an article in flight until the state it wants to observe is reached, instead of guessing a delay long enough.
    /// </summary>
    public Func<string, CancellationToken, Task>? BeforeArticle { get; set; }

    public ConcurrentQueue<(string Path, DateTimeOffset At, string? IfNoneMatch, int Status)> Log { get; } = new();

    public static async Task<NewsSite> StartAsync()
    {
        var site = new NewsSite();
        site._server = await LoopbackServer.StartAsync(site.HandleAsync);
        site.SetRobots("User-agent: *\nDisallow: /private/\n");
        return site;
    }

    public Uri Url(string path) => _server.Url(path);

    public void SetRobots(string text) => Set("/robots.txt", text, "text/plain");

    public void Set(string path, string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        _pages[path] = (body, contentType, status);

    /// <summary>An Arabic article page; <paramref name="variant"/> changes its text.</summary>
    public void SetArticle(string path, string title, int variant = 0, string? canonical = null)
    {
        var paragraphs = string.Concat(Enumerable.Range(0, 5).Select(i =>
            $"<p>{Sentences[(i + variant) % Sentences.Count]}. {Sentences[(i + variant + 1) % Sentences.Count]} ({title} {variant}).</p>\n"));
        var link = canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">";
        Set(path, $"""
                   <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title>{link}</head>
                   <body><nav>الرئيسية</nav><article><h1>{WebUtility.HtmlEncode(title)}</h1>
                   {paragraphs}</article><footer>جميع الحقوق محفوظة</footer></body></html>
                   """);
    }

    /// <summary>
    /// Articles <c>/news/1</c> to <c>/news/{count}</c> (titled "خبر N", six text variants) and a plain URL list of them
    /// at <c>/urls.txt</c>; returns the list's URL, for a <c>urls</c> source.
    /// </summary>
    public Uri SetNumberedArticles(int count)
    {
        var urls = new List<string>(count);
        for (var i = 1; i <= count; i++)
        {
            SetArticle($"/news/{i}", $"خبر {i}", i % 6);
            urls.Add(Url($"/news/{i}").AbsoluteUri);
        }

        Set("/urls.txt", string.Join('\n', urls), "text/plain");
        return Url("/urls.txt");
    }

    /// <summary>An RSS 2.0 feed of (path, title, pubDate) served with an ETag derived from its content.</summary>
    public void SetRss(string path, IEnumerable<(string Link, string Title, DateTimeOffset Published)> items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>أخبار</title>\n");
        foreach (var (link, title, published) in items)
        {
            xml.Append(CultureInfo.InvariantCulture,
                $"<item><title>{WebUtility.HtmlEncode(title)}</title><link>{WebUtility.HtmlEncode(Absolute(link))}</link><pubDate>{published.ToString("R", CultureInfo.InvariantCulture)}</pubDate></item>\n");
        }

        Set(path, xml.Append("</channel></rss>").ToString(), "application/rss+xml; charset=utf-8");
    }

    public void SetSitemapIndex(string path, IEnumerable<string> sitemaps) =>
        Set(path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" +
                  string.Concat(sitemaps.Select(s => $"<sitemap><loc>{WebUtility.HtmlEncode(Absolute(s))}</loc></sitemap>")) + "</sitemapindex>",
            "application/xml");

    /// <summary>A Google News sitemap.</summary>
    public void SetNewsSitemap(string path, IEnumerable<(string Link, string Title, DateTimeOffset Published)> items) =>
        Set(path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" " +
                  "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">" +
                  string.Concat(items.Select(i =>
                      $"<url><loc>{WebUtility.HtmlEncode(Absolute(i.Link))}</loc><news:news><news:publication><news:name>أخبار</news:name><news:language>ar</news:language></news:publication>" +
                      $"<news:publication_date>{i.Published.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)}</news:publication_date><news:title>{WebUtility.HtmlEncode(i.Title)}</news:title></news:news></url>")) +
                  "</urlset>",
            "application/xml");

    public int Count(string pathPrefix) => Log.Count(l => l.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    private string Absolute(string link) => link.StartsWith("http", StringComparison.Ordinal) ? link : Url(link).AbsoluteUri;

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (ArticleDelay > TimeSpan.Zero && path.StartsWith("/news/", StringComparison.Ordinal))
        {
            await Task.Delay(ArticleDelay, context.RequestAborted);
        }

        if (BeforeArticle is { } before && path.StartsWith("/news/", StringComparison.Ordinal))
        {
            await before(path, context.RequestAborted);
        }

        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        if (!_pages.TryGetValue(path, out var page))
        {
            Log.Enqueue((path, DateTimeOffset.UtcNow, ifNoneMatch, 404));
            context.Response.StatusCode = 404;
            return;
        }

        var etag = "\"" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(page.Body)))[..16] + "\"";
        if (page.Status == 200 && ifNoneMatch == etag)
        {
            Log.Enqueue((path, DateTimeOffset.UtcNow, ifNoneMatch, 304));
            context.Response.StatusCode = 304;
            return;
        }

        Log.Enqueue((path, DateTimeOffset.UtcNow, ifNoneMatch, page.Status));
        context.Response.StatusCode = page.Status;
        context.Response.ContentType = page.ContentType;
        context.Response.Headers.ETag = etag;
        await context.Response.WriteAsync(page.Body, context.RequestAborted);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
