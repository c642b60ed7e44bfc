using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Xml;
using Summarizer.Storage;
using Summarizer.Web.Pages;

namespace Summarizer.Web.Feeds;

/// <summary>An Atom 1.0 document of summaries: each entry's content is the summary and key points (HTML, encoded), its
/// link the original article; the reading room's article page is the entry id.</summary>
internal static class AtomFeed
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static byte[] Write(string title, FeedPageLinks links, Uri site, IReadOnlyList<StoredArticle> articles, DateTimeOffset now)
    {
        var feedUrl = links.Self;
        // Every page of one feed has one id (the first page's address), as RFC 5005 asks of a paged feed's documents.
        var feed = new SyndicationFeed(title, "ملخصات الأخبار", site, links.First.AbsoluteUri, articles.Count > 0 ? articles.Max(a => a.Article.UpdatedAt) : now)
        {
            Language = "ar",
            Generator = "summarizer",
            Items = articles.Where(a => a.Summary is not null).Select(a => Entry(a, site)).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = "summarizer" });
        feed.Links.Add(new SyndicationLink(feedUrl, "self", title, "application/atom+xml", 0));
        feed.Links.Add(new SyndicationLink(links.First, "first", null, "application/atom+xml", 0));
        if (links.Previous is { } previous)
        {
            feed.Links.Add(new SyndicationLink(previous, "previous", null, "application/atom+xml", 0));
        }

        if (links.Next is { } next)
        {
            feed.Links.Add(new SyndicationLink(next, "next", null, "application/atom+xml", 0));
        }

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private static SyndicationItem Entry(StoredArticle stored, Uri site)
    {
        var (article, record) = (stored.Article, stored.Summary!);
        var page = new Uri(site, ArticleView.ArticlePath(article.Id));
        var item = new SyndicationItem(ArticleView.Title(article), new TextSyndicationContent(Content(article, record), TextSyndicationContentKind.Html),
            ArticleView.OriginalLink(article) ?? page, page.AbsoluteUri, article.UpdatedAt)
        {
            PublishDate = ArticleView.ShownTime(article),
            Summary = new TextSyndicationContent(record.Summary.Summary),
        };
        item.Links.Add(new SyndicationLink(page, "related", "الملخص في غرفة القراءة", "text/html", 0));
        item.Categories.Add(new SyndicationCategory(article.Source));
        if (article.Byline is { Length: > 0 } byline)
        {
            item.Authors.Add(new SyndicationPerson { Name = byline });
        }

        return item;
    }

    /// <summary>The summary box as HTML; every value encoded, so a hostile title or point is text in any reader.</summary>
    private static string Content(ArticleRecord article, SummaryRecord record)
    {
        var html = new StringBuilder();
        var dir = ArticleView.Direction(article);
        html.Append("<div dir=\"").Append(dir).Append("\" lang=\"").Append(Encoder.Encode(ArticleView.Language(article))).Append("\">")
            .Append("<h3>ملخص المقال</h3><p>").Append(Encoder.Encode(record.Summary.Summary)).Append("</p><h3>النقاط الأساسية</h3><ul>");
        foreach (var point in record.Summary.KeyPoints)
        {
            html.Append("<li>").Append(Encoder.Encode(point)).Append("</li>");
        }

        html.Append("</ul>");
        if (record.Summary.Grounded == false)
        {
            html.Append("<p>⚠ لم يجتز هذا الملخص كل فحوص المطابقة مع نص المقال.</p>");
        }

        return html.Append("</div>").ToString();
    }
}
