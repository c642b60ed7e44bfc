using System.Text;
using System.Xml;
using System.Xml.Linq;
using Summarizer.Text;

namespace Summarizer.Sources;

/// <summary>
/// Reads RSS 2.0 (and 1.0), Atom, XML sitemaps (index files, Google News sitemaps) and plain URL lists
/// with System.Xml (no DTDs, no external entities). Not XML where XML is needed: <see cref="FailureKind.BadInput"/>.
/// </summary>
internal static class FeedParser
{
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    public static FeedDocument Parse(ReadOnlyMemory<byte> content, Uri baseUrl, SourceType? type)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (type == SourceType.Urls || (type is null && !LooksLikeXml(content.Span)))
        {
            return ParseUrlList(content, baseUrl);
        }

        XDocument document;
        try
        {
            using var stream = new MemoryStream(content.ToArray());
            using var reader = XmlReader.Create(stream, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                MaxCharactersInDocument = 100_000_000,
            });
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new SummarizerException(FailureKind.BadInput, $"not a feed or sitemap: the XML does not parse ({ex.Message})", ex);
        }

        var root = document.Root!;
        return root.Name.LocalName.ToUpperInvariant() switch
        {
            "RSS" or "RDF" => new FeedDocument(Rss(root, baseUrl), []),
            "FEED" => new FeedDocument(Atom(root, baseUrl), []),
            "URLSET" => new FeedDocument(UrlSet(root, baseUrl), []),
            "SITEMAPINDEX" => new FeedDocument([], SitemapIndex(root, baseUrl)),
            var other => throw new SummarizerException(FailureKind.BadInput,
                $"not a feed or sitemap: the root element is <{other.ToLowerInvariant()}>"),
        };
    }

    private static bool LooksLikeXml(ReadOnlySpan<byte> content)
    {
        foreach (var b in content[..Math.Min(content.Length, 512)])
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'<';
        }

        return false;
    }

    private static IReadOnlyList<DiscoveredArticle> Rss(XElement root, Uri baseUrl) =>
        root.Descendants().Where(e => e.Name.LocalName == "item")
            .Select(item => Article(
                Child(item, "link") ?? (Child(item, "guid") is { } guid && guid.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? guid : null),
                baseUrl, Child(item, "pubDate") ?? Child(item, "date") ?? Child(item, "updated"), Child(item, "title")))
            .OfType<DiscoveredArticle>().ToList();

    private static IReadOnlyList<DiscoveredArticle> Atom(XElement root, Uri baseUrl) =>
        root.Elements().Where(e => e.Name.LocalName == "entry")
            .Select(entry =>
            {
                var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToList();
                var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
                return Article((string?)link?.Attribute("href"), baseUrl, Child(entry, "updated") ?? Child(entry, "published"), Child(entry, "title"));
            })
            .OfType<DiscoveredArticle>().ToList();

    private static IReadOnlyList<DiscoveredArticle> UrlSet(XElement root, Uri baseUrl) =>
        root.Elements().Where(e => e.Name.LocalName == "url")
            .Select(url =>
            {
                var news = url.Element(News + "news");
                return Article(Child(url, "loc"), baseUrl,
                    Child(url, "lastmod") ?? (string?)news?.Element(News + "publication_date"),
                    (string?)news?.Element(News + "title"));
            })
            .OfType<DiscoveredArticle>().ToList();

    private static IReadOnlyList<Uri> SitemapIndex(XElement root, Uri baseUrl) =>
        root.Elements().Where(e => e.Name.LocalName == "sitemap")
            .Select(s => UrlNormalizer.TryNormalize(Child(s, "loc"), baseUrl))
            .OfType<Uri>().ToList();

    private static FeedDocument ParseUrlList(ReadOnlyMemory<byte> content, Uri baseUrl)
    {
        var text = Encoding.UTF8.GetString(content.Span);
        var articles = text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => Article(l, baseUrl, null, null))
            .OfType<DiscoveredArticle>().ToList();
        return new FeedDocument(articles, []);
    }

    private static DiscoveredArticle? Article(string? link, Uri baseUrl, string? updated, string? title) =>
        UrlNormalizer.TryNormalize(link, baseUrl) is { } url ? new DiscoveredArticle(url, SafeText.Line(updated), SafeText.Line(title)) : null;

    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;
}
