using Microsoft.Extensions.Options;
using Summarizer.Extraction;

namespace Summarizer.Core.Tests.Extraction;

/// <summary>
/// Small handcrafted pages for the article's bounds: where it starts (lead, header), what a class word may delete
/// (compound "hidden", post taxonomy classes), where it ends (related labels, calls to action, meta lines), and
/// the text-level fixes (soft hyphen, a script closed as "&lt;/script &gt;").
/// </summary>
[TestFixture]
public class HtmlContentExtractorBoundsTests
{
    private const string Sentence = "Der Stadtrat sagte, die Arbeiten am Bahnhof, die im Frühjahr begonnen hatten, würden noch zwei Monate dauern. ";

    private static HtmlContentExtractor CreateSut() => new(Options.Create(new ExtractionOptions()));

    private static string Prose(int sentences) => string.Concat(Enumerable.Repeat(Sentence, sentences)).Trim();

    private static string Paragraphs(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"<p>Absatz {i}: {Prose(2)}</p>"));

    // Readers' comments: more text than the article, so "share of the page" cannot protect the article's wrapper.
    private static string CommentThread(int count) =>
        "<div id='comments' class='comments-area'>" + string.Concat(Enumerable.Range(0, count).Select(i =>
            $"<div class='comment'><p>Leser {i} schreibt: Ich finde, die Stadt hätte die Anwohner früher informieren müssen, denn seit Wochen staut sich der Verkehr, und niemand sagt uns, warum.</p></div>")) + "</div>";

    [Test]
    public void Extract_LeadBetweenHeadlineAndBodyContainer_StartsWithTheLead()
    {
        var html = $"""
            <html><head><title>Bahnhof bleibt gesperrt</title></head><body>
            <div class='page'><div class='hero'><h1>Bahnhof bleibt gesperrt</h1>
            <p class='intro'>Die Sanierung des Hauptbahnhofs dauert länger als geplant, Pendler müssen bis zum Sommer Umwege fahren.</p></div>
            <div class='layout'><div class='column'><div class='article-body'>{Paragraphs(5)}</div></div></div></div>
            </body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs[0], Does.StartWith("Die Sanierung des Hauptbahnhofs dauert länger"));
        Assert.That(article.Paragraphs[1], Does.StartWith("Absatz 0:"));
    }

    [Test]
    public void Extract_HeadlineInAnH2UnderALogoH1_StartsWithTheLead()
    {
        var html = $"""
            <html><head><title>Bahnhof bleibt gesperrt - Stadtblatt</title></head><body>
            <div class='brand'><h1><a href='/'>Stadtblatt</a></h1></div>
            <main><section><div class='row'><div class='main'><article class='entry'><header class='entry-header'><h2 class='entry-title'>Bahnhof bleibt gesperrt</h2>
            <p class='subtitle'>Die Sanierung des Hauptbahnhofs dauert länger als geplant, Pendler müssen bis zum Sommer Umwege fahren.</p>
            <figure><img src='/bahnhof.jpg'></figure><div class='meta'><span class='date'><b>Veröffentlicht am</b> 19. Februar 2020</span></div></header>
            <div class='entry-body'><div class='text'>{Paragraphs(8)}</div></div></article></div></div></section></main>
            </body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs[0], Does.StartWith("Die Sanierung des Hauptbahnhofs dauert länger"));
    }

    [Test]
    public void Extract_HeadlineWithATypoAgainstTheTitle_StartsWithTheLead()
    {
        var html = $"""
            <html><head><title>Il nuovo orario dei treni regionali entra in vigore domenica - Giornale</title></head><body>
            <div class='page'><div class='hero'><h1>ll nuovo orario dei treni regionali entra in vigore domenica</h1>
            <div class='summary'><p>Cambiano le partenze del mattino sulla linea costiera, con due corse in più verso il capoluogo.</p></div></div>
            <div class='layout'><div class='column'><div class='article-body'>{Paragraphs(5)}</div></div></div></div>
            </body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs[0], Does.StartWith("Cambiano le partenze del mattino"));
    }

    [Test]
    public void Extract_StandfirstInTheArticlesOwnHeader_IsKept()
    {
        var html = $"""
            <html><head><title>Bahnhof bleibt gesperrt</title></head><body>
            <header class='site-header'><a href='/'>Startseite</a> <a href='/lokales'>Lokales</a></header>
            <article><header><h1>Bahnhof bleibt gesperrt</h1><p class='standfirst'>Die Sanierung dauert länger als geplant, Pendler müssen bis zum Sommer Umwege fahren.</p></header>
            <div class='content'>{Paragraphs(5)}</div></article>
            </body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs[0], Does.StartWith("Die Sanierung dauert länger als geplant"));
        Assert.That(article.Text, Does.Not.Contain("Startseite"));
    }

    [Test]
    public void Extract_ArticleWrapperWithCompoundHiddenClass_KeepsTheArticle()
    {
        var html = $"""
            <html><body>
            <div class='field field--name-body field--label-hidden overflow-hidden'>{Paragraphs(3)}</div>
            <span class='visually-hidden'>Zum Seitenanfang springen und weiterlesen, wenn Sie möchten, bitte hier klicken.</span>
            {CommentThread(12)}
            </body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs[0], Does.StartWith("Absatz 0:"));
        Assert.That(article.Paragraphs, Has.Some.StartsWith("Absatz 2:"));
        Assert.That(article.Text, Does.Not.Contain("Leser 3 schreibt").And.Not.Contain("Zum Seitenanfang"));
    }

    [Test]
    public void Extract_WordPressPostWithTagAndCategoryClasses_KeepsTheArticle()
    {
        var html = $"""
            <html><body>
            <div class='post-4711 post type-post status-publish hentry category-sidebar tag-comments tag-share'>
            <h1>Bahnhof bleibt gesperrt</h1><div class='entry-content'>{Paragraphs(3)}</div></div>
            {CommentThread(12)}
            </body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs[0], Does.StartWith("Absatz 0:"));
        Assert.That(article.Text, Does.Not.Contain("Leser 3 schreibt"));
    }

    [Test]
    public void Extract_OnlyWrapperNamedLikeBoilerplate_FallsBackToTheUnprunedPage()
    {
        // "share" and "paywall" are strong discard words, and the comments outweigh the article: pruning alone leaves nothing.
        var html = $"""
            <html><body>
            <div class='entry themeform share paywall-on'>{Paragraphs(3)}</div>
            {CommentThread(12)}
            </body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Text, Does.Contain("Absatz 0:").And.Contain("Absatz 2:"));
    }

    [Test]
    public void Extract_MehrZumThemaBlockAfterTheArticle_EndsTheArticleAndDropsMetaLines()
    {
        var html = $"""
            <html><body><article>
            <p>Titelbild: Max Mustermann</p>
            {Paragraphs(5)}
            <p>Quelle: dpa</p>
            <h3>Mehr zum Thema</h3>
            <div><p>Neue Fahrpläne gelten ab Montag.</p><p>Pendler klagen über volle Busse.</p></div>
            <p>Jetzt spenden und unabhängigen Journalismus unterstützen!</p>
            </article></body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs[0], Does.StartWith("Absatz 0:"));
        Assert.That(article.Paragraphs[^1], Does.StartWith("Absatz 4:"));
        Assert.That(article.Text, Does.Not.Contain("Mehr zum Thema").And.Not.Contain("Neue Fahrpläne").And.Not.Contain("Titelbild").And.Not.Contain("Quelle:"));
    }

    [Test]
    public void Extract_ReadAlsoBoxInsideTheArticle_DropsTheLabelButKeepsTheProseAfterIt()
    {
        var html = $"""
            <html><body><article>
            {Paragraphs(4)}
            <aside-box><h4>Lesen Sie auch</h4></aside-box>
            <p>Danach: {Prose(3)}</p>
            <p>Zum Schluss: {Prose(2)}</p>
            </article></body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Text, Does.Not.Contain("Lesen Sie auch"));
        Assert.That(article.Paragraphs[^1], Does.StartWith("Zum Schluss:"));
    }

    [Test]
    public void Extract_ScriptClosedWithWhitespaceBeforeTheBracket_KeepsTheArticleAfterIt()
    {
        var html = $"""
            <html><head><script>var config = [1, 2];</script
            ><script type="text/javascript">track();</script ></head><body>
            <article>{Paragraphs(4)}</article>
            <script>more();</script>
            </body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs, Has.Count.EqualTo(4));
        Assert.That(article.Text, Does.Not.Contain("track()").And.Not.Contain("more()"));
    }

    [Test]
    public void Extract_SoftHyphenInsideAWord_IsRemovedWithoutSplittingTheWord()
    {
        var html = $"""
            <html><body><article>
            <p>Die Bundes&shy;regierung beschloss am Mittwoch ein neues Förder&#173;programm für die Sanierung der Bahnhöfe.</p>
            {Paragraphs(3)}
            </article></body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs[0], Does.StartWith("Die Bundesregierung beschloss am Mittwoch ein neues Förderprogramm"));
    }
}
