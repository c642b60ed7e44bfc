using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Extraction;
using Summarizer.Fetching;

namespace Summarizer.Core.Tests.Extraction;

/// <summary>Which date wins when the evidence disagrees, on small hand-written pages.</summary>
[TestFixture]
public class DateWeighingTests
{
    private static readonly string Body = "<p>" + string.Concat(Enumerable.Repeat("Der Gemeinderat hat am Abend über den neuen Haushalt beraten und viele Fragen der Bürger beantwortet. ", 6)) + "</p>";

    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static HtmlContentExtractor CreateSut() => new(Options.Create(new ExtractionOptions()), null, new FakeTimeProvider(Now));

    private static DateTime? Published(string head, string body, string url = "https://news.example/a/1") =>
        CreateSut().Extract(new FetchedPage(new Uri(url), System.Text.Encoding.UTF8.GetBytes($"<html><head>{head}</head><body>{body}{Body}</body></html>"), "text/html", null)).PublishedAt?.Date;

    private static string Ld(string json) => $"""<script type="application/ld+json">{json}</script>""";

    [Test]
    public void Extract_SeveralJsonLdArticles_FirstSpeaksForPage()
    {
        // The page's own article, then a "more from this section" list of article nodes that share another day.
        var head = Ld("""{"@type":"NewsArticle","headline":"Haushalt","datePublished":"2023-11-01T08:20:40+00:00"}""")
            + string.Concat(Enumerable.Range(0, 3).Select(i => Ld($$"""{"@type":"NewsArticle","headline":"Teaser {{i}}","datePublished":"2023-10-25T12:0{{i}}:00+00:00"}""")));

        Assert.That(Published(head, "<h1>Haushalt</h1>"), Is.EqualTo(new DateTime(2023, 11, 1)));
    }

    [Test]
    public void Extract_TimeInReaderComment_IsNoEvidence()
    {
        const string body = """
            <h1>Haushalt</h1><p>Veröffentlicht am 16.08.2019</p>
            <div id="comments" class="comments-area"><ol><li class="comment"><time datetime="2019-08-24T03:36:11+02:00">24. August 2019</time> Toller Artikel!</li></ol></div>
            """;

        Assert.That(Published("", body), Is.EqualTo(new DateTime(2019, 8, 16)));
    }

    [Test]
    public void Extract_TimeInEmbeddedPost_IsNoEvidence()
    {
        const string body = """
            <h1>Haushalt</h1><div class="article-date">29.01.2019</div>
            <blockquote class="social-embed"><div><p>Ein Beitrag geteilt von Anna am <time datetime="2018-03-12T19:30:12+00:00">Mär 12, 2018</time></p></div></blockquote>
            """;

        Assert.That(Published("", body), Is.EqualTo(new DateTime(2019, 1, 29)));
    }

    [Test]
    public void Extract_CommentCountBesideDate_DateStillRead()
    {
        // "comments-date" names the post's meta line (its comment count beside its date), not a comment.
        const string body = """<h1>Haushalt</h1><div id="post-comments-date"><span class="date">August 30, 2017</span> <a class="comments" href="#respond">3 Comments</a></div>""";

        Assert.That(Published("", body), Is.EqualTo(new DateTime(2017, 8, 30)));
    }

    [Test]
    public void Extract_TimeTextShowsAnotherDayThanItsAttribute_TextWins()
    {
        const string body = """<h1>Haushalt</h1><div class="time"><time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time></div>""";

        Assert.That(Published("", body), Is.EqualTo(new DateTime(2019, 6, 29)));
    }

    [Test]
    public void Extract_TimeAttributeInUtcTextInLocalDay_LocalDayWins()
    {
        // 23:30 UTC is already the next day in Berlin, and the page says so.
        const string body = """<h1>Haushalt</h1><p class="meta">Von Anna Berg, <time datetime="2019-07-03T23:30:00Z">4. Juli 2019</time></p><p>Ein zweiter Satz.</p>""";

        Assert.That(Published("", body), Is.EqualTo(new DateTime(2019, 7, 4)));
    }

    [Test]
    public void Extract_PublishedAtInJavaScriptState_ReadsIt()
    {
        const string head = """<script>window.__STATE__ = {"product":{"title":"Kaffee","published_at":"2019-03-02T06:22:28+01:00","updated_at":"2021-05-01T10:00:00+01:00"}};</script>""";

        Assert.That(Published(head, "<h1>Haushalt</h1>"), Is.EqualTo(new DateTime(2019, 3, 2)));
    }

    [Test]
    public void Extract_OnlyModificationKeyInJavaScriptState_NoDate()
    {
        const string head = """<script>var page = {"lastModifiedPublishDate":"2021-05-01","publisher":"Gemeinde"};</script>""";

        Assert.That(Published(head, "<h1>Haushalt</h1>"), Is.Null);
    }

    [Test]
    public void Extract_BareMetaDateAgainstVisibleDateline_DatelineWins()
    {
        const string body = """<h1>Haushalt</h1><div class="news-single-timedata">05.02.2020</div>""";

        Assert.That(Published("""<meta name="date" content="2020-02-12">""", body), Is.EqualTo(new DateTime(2020, 2, 5)));
    }

    [Test]
    public void Extract_PageShowsOnlyTheUpdate_UpdateIsPublished()
    {
        var head = Ld("""{"@type":"Article","headline":"Haushalt","datePublished":"2019-06-17T00:00:00+00:00","dateModified":"2020-06-04T16:41:46+00:00"}""");

        Assert.That(Published(head, """<h1>Haushalt</h1><p class="byline">Last updated <time datetime="2020-06-04">June 4, 2020</time></p>"""), Is.EqualTo(new DateTime(2020, 6, 4)));
    }

    [Test]
    public void Extract_PageShowsPublicationAndUpdate_PublicationWins()
    {
        var head = Ld("""{"@type":"Article","headline":"Haushalt","datePublished":"2020-09-26T22:00:27+01:00","dateModified":"2020-09-28T08:39:12+01:00"}""");
        const string body = """<h1>Haushalt</h1><p>Published: <time datetime="2020-09-26T22:00:27+01:00">26 September 2020</time> | Updated: <time datetime="2020-09-28T08:39:12+01:00">28 September 2020</time></p>""";

        Assert.That(Published(head, body), Is.EqualTo(new DateTime(2020, 9, 26)));
    }

    [Test]
    public void Extract_NumericDatelineOpeningLeadParagraph_Read()
    {
        const string body = "<header><h1>Haushalt</h1></header><div><p><strong>Karlsruhe (12.11.2021). Traditionell gedenken die Gemeinden am Ewigkeitssonntag der Verstorbenen des Jahres.</strong></p></div>";

        Assert.That(Published("", body), Is.EqualTo(new DateTime(2021, 11, 12)));
    }

    [Test]
    public void Extract_MonthNameDateInsideProse_NotADateline()
    {
        const string body = "<h1>Haushalt</h1><p>Seit 4. August 2014 gilt in der Gemeinde eine neue Satzung, die erstmals den Haushalt der Vereine regelt. "
            + "Sie war lange umstritten, weil sie den kleinen Vereinen viel Arbeit macht und die großen kaum betrifft, wie der Kämmerer sagte.</p>";

        Assert.That(Published("", body), Is.Null);
    }

    [Test]
    public void Extract_DatelineAfterHeadlineOnPageWithLongHead_BeatsTeaserFurtherDown()
    {
        // The scan's positions must be counted like the headline's: the head's elements come before both.
        var head = string.Concat(Enumerable.Range(0, 60).Select(i => $"""<meta name="x-{i}" content="{i}">"""));
        var filler = string.Concat(Enumerable.Range(0, 70).Select(i => $"<div><span>Absatz {i}</span></div>"));
        var body = $"<header><h1>Haushalt</h1></header><section><div>24.01.2022 11:38</div>{filler}<ul><li><span>09.10.2021</span></li></ul></section>";

        Assert.That(Published(head, body), Is.EqualTo(new DateTime(2022, 1, 24)));
    }

    [Test]
    public void Extract_TwoDigitYearInDateClassedElement_ReadAsThisCentury() =>
        Assert.That(Published("", """<div class="date">Party, 30.10.23</div><h1>Haushalt</h1>"""), Is.EqualTo(new DateTime(2023, 10, 30)));

    [Test]
    public void Extract_DayFirstDateInUrl_Read() =>
        Assert.That(Published("", "<h1>Haushalt</h1>", "https://news.example/meldungen/29-10-2021"), Is.EqualTo(new DateTime(2021, 10, 29)));
}
