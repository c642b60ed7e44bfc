using Summarizer.Web.Pages;

namespace Summarizer.Web.Tests.Pages;

[TestFixture]
public sealed class ArabicTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 10, 12, 0, 0, TimeSpan.Zero);

    [TestCase(0, "الآن")]
    [TestCase(1, "منذ دقيقة")]
    [TestCase(2, "منذ دقيقتين")]
    [TestCase(7, "منذ ٧ دقائق")]
    [TestCase(45, "منذ ٤٥ دقيقة")]
    [TestCase(60, "منذ ساعة")]
    [TestCase(180, "منذ ٣ ساعات")]
    [TestCase(60 * 15, "منذ ١٥ ساعة")]
    [TestCase(60 * 48, "منذ يومين")]
    [TestCase(60 * 24 * 12, "منذ ١٢ يومًا")]
    [TestCase(60 * 24 * 90, "٢٠٢٦-٠٢-٠٩")]
    public void Relative_MinutesAgo_ArabicWithAgreement(int minutes, string expected) =>
        Assert.That(ArabicTime.Relative(Now.AddMinutes(-minutes), Now), Is.EqualTo(expected));

    [Test]
    public void Exact_UnderArSaCulture_StaysGregorian()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
        try
        {
            Assert.That(ArabicTime.Exact(Now), Is.EqualTo("٢٠٢٦-٠٥-١٠ ١٢:٠٠ (UTC)"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
