using Microsoft.Extensions.Options;
using Summarizer.Extraction;

namespace Summarizer.Core.Tests.Extraction;

[TestFixture]
public class HtmlContentExtractorGoldenTests
{
    private static HtmlContentExtractor CreateSut() => new(Options.Create(new ExtractionOptions()));

    [Test]
    public void Extract_CnnArabic_KeepsBodyInOrderAndDropsCommentPolicy()
    {
        var article = CreateSut().Extract(GoldenPages.Load("arabic/cnn-arabic-2013.html.gz"));

        Assert.That(article.Paragraphs[0], Does.StartWith("دمشق، سوريا (CNN)"));
        Assert.That(article.Paragraphs, Has.Some.StartsWith("وقال المرصد السوري لحقوق الإنسان"));
        Assert.That(article.Paragraphs[^1], Does.StartWith("وشدد الائتلاف"));
        Assert.That(article.Text, Does.Not.Contain("ترحب شبكة CNN بالنقاش"));
        Assert.That(article.Title, Is.EqualTo("معارضون يسيطرون على مخازن للصواريخ بريف دمشق"));
        Assert.That(article.Language, Is.EqualTo("ar"));
        Assert.That(article.Direction, Is.EqualTo("rtl"));
        Assert.That(article.PublishedAt, Is.EqualTo(new DateTimeOffset(2013, 8, 28, 14, 0, 0, TimeSpan.FromHours(4))));
    }

    [Test]
    public void Extract_LbcGroup_KeepsParagraphsAndDropsTagsAndNextPrevious()
    {
        var article = CreateSut().Extract(GoldenPages.Load("arabic/lbcgroup-2026.html.gz"));

        Assert.That(article.Paragraphs[0], Does.Contain("أثار ظهور دونالد ترامب"));
        Assert.That(article.Paragraphs, Has.Some.StartsWith("وأوضح مصفف الشعر اللندني"));
        Assert.That(article.Paragraphs, Has.None.EqualTo("التالي").And.None.EqualTo("السابق").And.None.EqualTo("الجمهور"));
        Assert.That(article.Title, Does.StartWith("شعر وردي يُشعل السخرية"));
        Assert.That(article.CanonicalUrl?.Host, Is.EqualTo("www.lbcgroup.tv"));
        Assert.That(article.PublishedAt?.Date, Is.EqualTo(new DateTime(2026, 1, 8)));
    }

    [Test]
    public void Extract_CbsLocalApStory_KeepsAllParagraphsWithoutShareButtons()
    {
        var article = CreateSut().Extract(GoldenPages.Load("scrapinghub/cbslocal-eee.html.gz"));

        Assert.That(article.Paragraphs[0], Does.StartWith("ST. JOSEPH, Mich. (AP)"));
        Assert.That(article.Paragraphs, Has.Some.StartsWith("Dr. Joneigh Khaldun"));
        Assert.That(article.Text, Does.Not.Contain("Filed Under").And.Not.Contain("Share"));
        Assert.That(article.Title, Is.EqualTo("Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported"));
        Assert.That(article.Language, Is.EqualTo("en-US"));
    }

    [Test]
    public void Extract_ScienceAlert_KeepsQuotesAndLastParagraph()
    {
        var article = CreateSut().Extract(GoldenPages.Load("scrapinghub/sciencealert-europa.html.gz"));

        Assert.That(article.Paragraphs[0], Does.StartWith("A team led by researchers out of NASA's Goddard"));
        Assert.That(article.Paragraphs, Has.Some.StartsWith("\"We suggest that the outgassing"));
        Assert.That(article.Paragraphs, Has.Some.StartsWith("NASA's upcoming Europa Clipper mission"));
        Assert.That(article.Paragraphs, Has.Count.InRange(10, 25));
    }
}
