using Summarizer.Extraction.Metadata;

namespace Summarizer.Core.Tests.Extraction;

[TestFixture]
public class TitleCleanerTests
{
    [TestCase("مقتل 5 أشخاص في غارة - الجزيرة نت", "الجزيرة نت", "مقتل 5 أشخاص في غارة")]
    [TestCase("ارتفاع أسعار النفط | سكاي نيوز عربية", "سكاي نيوز عربية", "ارتفاع أسعار النفط")]
    [TestCase("BBC News | Markets fall again", "BBC News", "Markets fall again")]
    [TestCase("Markets fall again as rates rise - Reuters", null, "Markets fall again as rates rise")]
    public void Clean_TitleWithSiteName_RemovesSiteName(string title, string? site, string expected) =>
        Assert.That(TitleCleaner.Clean(title, site), Is.EqualTo(expected));

    [Test]
    public void Clean_HyphenInsideHeadline_KeepsHeadline() =>
        Assert.That(TitleCleaner.Clean("Biden - Xi summit ends without deal", "Reuters"), Is.EqualTo("Biden - Xi summit ends without deal"));

    // Each separator, the site's name before and after it.
    [TestCase("صحيفة الميدان - ارتفاع أسعار الذهب في الأسواق المحلية")]
    [TestCase("ارتفاع أسعار الذهب في الأسواق المحلية – صحيفة الميدان")]
    [TestCase("صحيفة الميدان | ارتفاع أسعار الذهب في الأسواق المحلية")]
    [TestCase("صحيفة الميدان: ارتفاع أسعار الذهب في الأسواق المحلية")]
    [TestCase("ارتفاع أسعار الذهب في الأسواق المحلية » صحيفة الميدان")]
    [TestCase("صحيفة الميدان :: ارتفاع أسعار الذهب في الأسواق المحلية")]
    public void Clean_EachSeparator_SiteNameRemoved(string title) =>
        Assert.That(TitleCleaner.Clean(title, "صحيفة الميدان", "www.almaydan-news.example", null), Is.EqualTo("ارتفاع أسعار الذهب في الأسواق المحلية"));

    [Test]
    public void Clean_ArabicSiteNameAndLatinHost_RecognisedFromTheHost() =>
        Assert.That(TitleCleaner.Clean("الميدان نيوز - أمريكا: 50 ألف إصابة جديدة خلال يوم", null, "www.almaydannews.example", null),
            Is.EqualTo("أمريكا: 50 ألف إصابة جديدة خلال يوم"));

    [Test]
    public void Clean_TitleAndOgTitleDiffer_ExtraPartIsTheSiteName() =>
        Assert.That(TitleCleaner.Clean("بوابة الشروق » افتتاح معرض الكتاب بمشاركة ثلاثين دولة", null, null, "افتتاح معرض الكتاب بمشاركة ثلاثين دولة"),
            Is.EqualTo("افتتاح معرض الكتاب بمشاركة ثلاثين دولة"));

    [Test]
    public void Clean_ColonInHeadline_Kept() =>
        Assert.That(TitleCleaner.Clean("وزير المالية: لن نرفع أسعار الوقود هذا العام", "صحيفة الميدان", "www.almaydan.example", null),
            Is.EqualTo("وزير المالية: لن نرفع أسعار الوقود هذا العام"));
}
