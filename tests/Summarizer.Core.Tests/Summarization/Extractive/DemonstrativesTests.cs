using Summarizer.Summarization.Extractive;

namespace Summarizer.Core.Tests.Summarization.Extractive;

/// <summary>Hand-written points: a demonstrative that stands for a sentence before is seen; one that points at its own clause or names a noun is not.</summary>
[TestFixture]
public sealed class DemonstrativesTests
{
    [TestCase("أكد الوزير أن ذلك سيؤدي إلى خفض الأسعار في الأسواق خلال الأشهر المقبلة.")]
    [TestCase("تابع المتحدث قائلا: \"في انتخابات العام 2009 هذا حدث أمام الجميع.\"")]
    [TestCase("تصوروا ذلك وتذكروا أن التنظيم كان يسيطر على مساحات كبيرة من البلاد.")]
    [TestCase("لذلك قررت اللجنة تأجيل الاجتماع إلى الأسبوع المقبل في العاصمة.")]
    [TestCase("في تعليقاته لتلك الزيارة، قال مسؤول أميركي إن النقاش سيركز على حزمة مساعدات جديدة.")]
    [TestCase("قال الوزير إن هذا القرار سيطبق على جميع المدارس الحكومية بدءا من العام المقبل.")]
    public void LeanBack_DemonstrativeForWhatWasSaidBefore_True(string point) =>
        Assert.That(Demonstratives.LeanBack(point), Is.True);

    [TestCase("إجمالي ما لعبه اللاعب في الموسم 492 دقيقة، ولكنه مع ذلك أضاف إلى رصيده بطولتين كبيرتين.")]
    [TestCase("ويعكس نمو نصيب الفرد من الناتج المحلي محافظة الاقتصاد على وتيرة جيدة من النشاط وذلك رغم التباطؤ العالمي.")]
    [TestCase("تتوقع الحكومة أن يرتفع النمو هذا العام إلى أربعة في المئة بفضل الصادرات.")]
    [TestCase("قال المدرب إن الفريق سيلعب هذه المرة بتشكيلته الأساسية الكاملة أمام المنافس.")]
    public void LeanBack_DemonstrativeForItsOwnClauseOrANoun_False(string point) =>
        Assert.That(Demonstratives.LeanBack(point), Is.False);
}
