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
}
