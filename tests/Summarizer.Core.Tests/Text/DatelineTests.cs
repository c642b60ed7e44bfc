using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

[TestFixture]
public sealed class DatelineTests
{
    private const string Story = "أعلنت وزارة الصحة تسجيل حالات جديدة اليوم.";

    [TestCase("دبي، الإمارات العربية المتحدة (CNN) -- ")]
    [TestCase("دبي، الإمارات العربية المتحدة -- ")]
    [TestCase("واشنطن، الولايات المتحدة الأمريكية (CNN)— ")]
    [TestCase("القاهرة - أ ش أ - ")]
    [TestCase("الرياض – واس: ")]
    [TestCase("القاهرة (رويترز) - ")]
    [TestCase("(أبوظبي - البيان) ")]
    [TestCase("(القاهرة – وكالات): ")]
    [TestCase("المدينة نيوز:- ")]
    public void Strip_DatelineShape_LeavesTheStory(string dateline) =>
        Assert.That(Dateline.Strip(dateline + Story, articleStart: false), Is.EqualTo(Story));

    [TestCase("القاهرة - ")]
    [TestCase("بيروت — ")]
    public void Strip_BarePlaceAtArticleTop_Stripped(string dateline) =>
        Assert.That(Dateline.Strip(dateline + Story, articleStart: true), Is.EqualTo(Story));

    [Test]
    public void Strip_BarePlaceInsideArticle_Kept() =>
        Assert.That(Dateline.Strip("القاهرة - " + Story, articleStart: false), Is.EqualTo("القاهرة - " + Story));

    [TestCase("قال الوزير: لن نرفع الأسعار هذا العام مهما حدث.")]
    [TestCase("الرئيس الأمريكي دونالد ترامب وزعيم كوريا الشمالية كيم جونغ أون - وهما خصمان قديمان - التقيا في سنغافورة.")]
    [TestCase("أعلنت الحكومة، الاثنين، خطة جديدة للنقل العام في العاصمة.")]
    public void Strip_SentenceWithoutDateline_Unchanged(string sentence) =>
        Assert.That(Dateline.Strip(sentence, articleStart: true), Is.EqualTo(sentence));
}
