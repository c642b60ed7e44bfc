using System.Text;
using CsCheck;
using Summarizer.Sources;

namespace Summarizer.Core.Tests.Fuzzing;

/// <summary>
/// Feeds, sitemaps and URL lists, damaged and random: the parser returns a document of absolute http(s) URLs or
/// throws "bad input", and each document takes under 2 s.
/// </summary>
[TestFixture]
public sealed class FeedParserFuzzTests
{
    private static readonly Uri BaseUrl = new("https://news.example/feeds/rss.xml");
    private static readonly SourceType?[] Types = [null, SourceType.Rss, SourceType.Atom, SourceType.Sitemap, SourceType.Urls];

    private static readonly string[] Documents =
    [
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>أخبار</title>
        <item><title>خبر أول</title><link>https://news.example/a/1?utm_source=x#top</link><pubDate>Sun, 03 Mar 2024 10:00:00 GMT</pubDate></item>
        <item><title>خبر ثان</title><guid>https://news.example/a/2</guid><dc:date>2024-03-03T11:00:00+03:00</dc:date></item>
        <item><title>نسبي</title><link>/a/3</link></item>
        </channel></rss>
        """,
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
        <entry><title>One</title><link rel="alternate" href="https://news.example/b/1"/><updated>2024-03-03T10:00:00Z</updated></entry>
        <entry><title>Two</title><link href="b/2"/><published>2024-03-04</published></entry>
        </feed>
        """,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://news.example/c/1</loc><lastmod>2024-03-03</lastmod></url>
        <url><loc>https://news.example/c/2</loc><news:news><news:publication_date>2024-03-03T10:00:00Z</news:publication_date><news:title>عنوان</news:title></news:news></url>
        </urlset>
        """,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>https://news.example/sitemap-1.xml</loc></sitemap><sitemap><loc>/sitemap-2.xml</loc></sitemap>
        </sitemapindex>
        """,
        "# list\nhttps://news.example/d/1\n/d/2\nftp://news.example/d/3\n\nhttps://news.example/d/4?fbclid=1\n",
    ];

    private static readonly string[] Fragments =
    [
        "<", ">", "</", "<item>", "</item>", "<entry>", "<link>", "</link>", "<loc>", "</loc>", "<url>", "<sitemap>", "<guid>",
        "https://", "http://", "//", "javascript:alert(1)", "file:///etc/passwd", "http://[::1", "http://%zz", "http://a b", "http://xn--", "?utm_source=&=&&",
        "#", "\n", "\0", "\uFEFF", "\uD800", "&amp;", "&#x110000;", "&bogus;", "<![CDATA[", "]]>", "<!--", "-->",
        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "&a;", "<?xml version=\"1.0\" encoding=\"bogus\"?>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>",
        "<?xml version=\"1.1\"?>", "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"", "<news:news>", "xmlns=\"\"", "<a:b xmlns:a=\"\">",
        "<rss>", "<feed>", "<urlset>", "<sitemapindex>", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
    ];

    [Test]
    public void Parse_RandomBytes_ReturnsUrlsOrThrowsBadInput()
    {
        var gen = Gen.Select(Gen.Byte.Array[0, 2000], Gen.Int[0, Types.Length - 1], (bytes, type) => (bytes, Types[type]));

        Fuzz.Check(gen, 300, input => AssertContract(input.bytes, input.Item2), input => $"{input.Item2}: {Fuzz.Describe(input.bytes)}");
    }

    [Test]
    public void Parse_MutatedFeedsAndSitemaps_ReturnsUrlsOrThrowsBadInput()
    {
        var documents = Documents.Select(Encoding.UTF8.GetBytes).ToList();
        var gen = Gen.Select(Mutations.Of(documents, Fragments), Gen.Int[0, Types.Length - 1], (bytes, type) => (bytes, Types[type]));

        Fuzz.Check(gen, 400, input => AssertContract(input.bytes, input.Item2), input => $"{input.Item2}: {Fuzz.Describe(input.bytes)}");
    }

    [Test]
    public void Parse_UnmutatedDocuments_FindTheirUrls()
    {
        var counts = Documents.Select(d => FeedParser.Parse(Encoding.UTF8.GetBytes(d), BaseUrl, null)).Select(d => d.Articles.Count + d.Sitemaps.Count);

        Assert.That(counts, Is.EqualTo(new[] { 3, 2, 2, 2, 3 }));
    }

    private static void AssertContract(byte[] bytes, SourceType? type)
    {
        FeedDocument document;
        try
        {
            document = FeedParser.Parse(bytes, BaseUrl, type);
        }
        catch (SummarizerException ex) when (ex.Kind == FailureKind.BadInput)
        {
            return;
        }

        foreach (var url in document.Articles.Select(a => a.Url).Concat(document.Sitemaps))
        {
            Assert.That(url.IsAbsoluteUri && url.Scheme is "http" or "https", Is.True, url.OriginalString);
        }
    }
}
