using Microsoft.Extensions.Options;
using Summarizer.Extraction;

namespace Summarizer.Core.Tests.Extraction;

/// <summary>Small handcrafted pages, one layout each: which paragraphs are kept and which furniture is dropped.</summary>
[TestFixture]
public class HtmlContentExtractorStructureTests
{
    private const string Sentence = "The council said the repairs, which began in spring, would take another two months to finish. ";

    private static HtmlContentExtractor CreateSut() => new(Options.Create(new ExtractionOptions()));

    private static string Prose(int sentences) => string.Concat(Enumerable.Repeat(Sentence, sentences)).Trim();

    private static string LinkMenu(int count) =>
        "<ul>" + string.Concat(Enumerable.Range(0, count).Select(i => $"<li><a href='/archive/{i}'>Archive month {i} (42)</a></li>")) + "</ul>";

    [Test]
    public void Extract_BareTextInContainerNextToLinkMenu_KeepsTheText()
    {
        var html = $"""
            <html><body><div class='row'>
            <div class='col-3'>{LinkMenu(80)}</div>
            <div class='col-9'><p class='title'>Repairs delayed again</p><small>05/10/2018 - Published by: Jane Roe</small><br><br>
            {Prose(5)}<br><br><br></div>
            </div><div class='bottom'><p>City Hall, Main Street 1, open Monday to Friday.</p></div></body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs, Has.Some.StartsWith("The council said the repairs"));
        Assert.That(article.Text, Does.Not.Contain("Archive month"));
    }

    [Test]
    public void Extract_QuoteEmbeddedInSocialWrapper_KeepsQuoteWithItsDatedAttributionAndDropsShareBar()
    {
        var html = $"""
            <html><body><article>
            <p>{Prose(3)}</p>
            <div class='social-embed'><blockquote class='embedded-post'><p>Residents have waited since March for the bridge to reopen, and nobody tells us why.</p>— A resident (@resident) May 2, 2019</blockquote></div>
            <p>{Prose(3)}</p>
            <div class='social-share'><a href='/s/fb'>Share on Facebook</a> <a href='/s/tw'>Share on Twitter</a> Share this story with friends</div>
            </article></body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Text, Does.Contain("Residents have waited since March"));
        Assert.That(article.Paragraphs, Has.Some.EqualTo("— A resident (@resident) May 2, 2019"));
        Assert.That(article.Text, Does.Not.Contain("Share this story"));
    }

    [Test]
    public void Extract_SentenceWhoseClausesAreLinks_IsKeptButLinkRowIsDropped()
    {
        var html = $"""
            <html><body><article>
            <p>Today's best deals include <a href='/d/1'>several laptop models from $700 at the big online store</a>. You will also find <a href='/d/2'>wireless headphones with a charging case for $150</a> and more.</p>
            <p>{Prose(4)}</p>
            <p><a href='/t/1'>Politics</a> <a href='/t/2'>Transport and city planning</a> <a href='/t/3'>Local government news</a> <a href='/t/4'>Weekend</a> updates</p>
            </article></body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs, Has.Some.StartsWith("Today's best deals include"));
        Assert.That(article.Text, Does.Not.Contain("Local government news"));
    }

    [Test]
    public void Extract_LeadWrittenStraightIntoDivBesideBody_KeepsLeadAndDropsAffiliateNotice()
    {
        var html = $"""
            <html><body><div class='story'>
            <div class='summary'>Three bridges will stay closed until June, the council said on Monday after a second inspection.</div>
            <div class='text'><p>{Prose(3)}</p><p>{Prose(3)}</p><p>{Prose(2)}</p>
            <p>We may earn an affiliate commission if you buy something through links in this article.</p></div>
            </div></body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs[0], Does.StartWith("Three bridges will stay closed"));
        Assert.That(article.Text, Does.Not.Contain("affiliate commission"));
    }

    [Test]
    public void Extract_TeaserGridBesideArticle_IsNotMergedAsSibling()
    {
        var cards = string.Concat(Enumerable.Range(0, 8).Select(i =>
            $"<div class='card'><a href='/news/{i}'><h5>Another headline number {i} about the city, its roads and its people</h5></a><p>Short excerpt {i}, with a comma, about a story.</p></div>"));
        var html = $"""
            <html><body><div class='wrapper'>
            <div class='post'><p>{Prose(3)}</p><p>{Prose(3)}</p><p>{Prose(3)}</p></div>
            <div class='grid'>{cards}</div>
            </div></body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs, Has.Count.EqualTo(3));
        Assert.That(article.Text, Does.Not.Contain("Short excerpt"));
    }

    [Test]
    public void Extract_TableRowsNamedAfterTheirData_AreKept()
    {
        var rows = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<tr class='row player-{i}'><td>{i}</td><td>Driver Number{i}</td><td>{5000 - i}</td></tr>"));
        var html = $"""
            <html><body><div class='article-body'>
            <p>{Prose(3)}</p><p>Final standings after the last race of the season:</p>
            <table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>{rows}</table>
            <p>{Prose(2)}</p>
            </div></body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs, Has.Some.EqualTo("1 Driver Number1 4999"));
        Assert.That(article.Paragraphs, Has.Some.EqualTo("6 Driver Number6 4994"));
    }

    [Test]
    public void Extract_StylingUtilityNone_DoesNotHideButDisplayNoneDoes()
    {
        var html = $"""
            <html><body><article>
            <p>{Prose(3)}</p>
            <ul class='list spacing-none'><li>Charges quickly in its own compact travel case</li><li>Works with every phone sold since last spring</li></ul>
            <div class='d-none'><p>Hidden copy for screen sizes that never show it, with a comma.</p></div>
            <p>{Prose(3)}</p>
            </article></body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs, Has.Some.EqualTo("Charges quickly in its own compact travel case"));
        Assert.That(article.Text, Does.Not.Contain("Hidden copy"));
    }

    [TestCase("Advert")]
    [TestCase("Publicidad")]
    [TestCase("Реклама")]
    [TestCase("Comments")]
    public void Extract_PlaceholderLineBetweenParagraphs_IsDropped(string placeholder)
    {
        var html = $"<html><body><article><p>{Prose(3)}</p><p>{placeholder}</p><p>{Prose(3)}</p></article></body></html>";

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs, Has.Count.EqualTo(2));
    }

    [Test]
    public void Extract_TextDirectlyUnderBody_IsKept()
    {
        var html = $"""
            <html><body><div class='top'>{LinkMenu(30)}</div>
            <h2>Repairs delayed again</h2>
            {Prose(3)}<br><br>{Prose(3)}<br><br>
            <div class='bottom'><a href='/contact'>Contact</a> | <a href='/about'>About us</a></div></body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs, Has.Some.StartsWith("The council said the repairs"));
        Assert.That(article.Text, Does.Not.Contain("Archive month"));
    }

    [Test]
    public void Extract_ArticleCutIntoSameClassChunksAroundFigures_KeepsEveryChunk()
    {
        static string Chunk(string lead) =>
            $"<div class='chunk'><section><div><div><div><div class='text'><p>{lead} {Prose(2)}</p><p>{Prose(3)}</p></div></div></div></div></section></div>";
        var html = $"""
            <html><body><div class='page'>
            {Chunk("First part opens here.")}
            <figure><img src='a.jpg'></figure>
            {Chunk("Second part continues.")}
            <div class='chunk'><section><p>{Prose(4)}</p><p>Third part ends here, with a comma.</p></section></div>
            </div></body></html>
            """;

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs, Has.Some.StartsWith("First part opens here."));
        Assert.That(article.Paragraphs, Has.Some.StartsWith("Second part continues."));
        Assert.That(article.Paragraphs, Has.Some.EqualTo("Third part ends here, with a comma."));
    }

    [TestCase("ATENÇÃO: Comentários ofensivos ou que faltem com respeito não serão aprovados pelo moderador.")]
    [TestCase("Les commentaires sont modérés avant publication.")]
    public void Extract_CommentModerationNotice_IsDropped(string notice)
    {
        var html = $"<html><body><article><p>{Prose(3)}</p><p>{Prose(3)}</p><p>{notice}</p></article></body></html>";

        var article = CreateSut().Extract(GoldenPages.FromHtml(html));

        Assert.That(article.Paragraphs, Has.Count.EqualTo(2));
    }
}
