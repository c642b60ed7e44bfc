using Summarizer.Extraction;
using Summarizer.Summarization;

namespace Summarizer.Core.Tests.Summarization;

[TestFixture]
public sealed class SummaryContractTests
{
    private static readonly string[] LongArticle =
    [
        "قالت وزارة الصحة إن عدد الحالات الجديدة ارتفع إلى مئة وعشرين حالة خلال الأسبوع الماضي.",
        "وأضافت الوزارة أن المستشفيات في العاصمة تعمل بكامل طاقتها منذ يوم الأحد الماضي.",
        "وأوضح المتحدث باسم الوزارة أن فرقا طبية إضافية وصلت إلى المدن الشمالية صباح اليوم.",
        "ودعت الوزارة المواطنين إلى الالتزام بالإرشادات الصحية وتجنب التجمعات الكبيرة في الأسواق.",
        "وأشار التقرير إلى أن حملة التطعيم ستبدأ في المدارس مطلع الشهر المقبل بحسب الخطة.",
    ];

    [Test]
    public void Check_BoxWithinTheContract_NoIssue()
    {
        var issues = CreateSut().Check(Box("الوزارة تعلن ارتفاع الحالات.", "نقطة أولى قصيرة.", "نقطة ثانية قصيرة.", "نقطة ثالثة قصيرة."), Article(LongArticle));

        Assert.That(issues, Is.Empty);
    }

    [Test]
    public void Check_SixKeyPoints_SaysAtMostFive()
    {
        var issues = CreateSut().Check(Box("ملخص قصير.", "أ.", "ب.", "ج.", "د.", "هـ.", "و."), Article(LongArticle));

        Assert.That(issues, Has.One.Contains("6 key points; at most 5"));
    }

    [Test]
    public void Check_KeyPointOfFortyOneWords_NamesItsLength()
    {
        var longPoint = string.Join(' ', Enumerable.Repeat("كلمة", 41)) + ".";

        var issues = CreateSut().Check(Box("ملخص قصير.", "نقطة.", longPoint, "نقطة أخرى."), Article(LongArticle));

        Assert.That(issues, Has.One.Contains("key point 2 has 41 words; at most 40"));
    }

    [Test]
    public void Check_KeyPointOfForty_WithinTheHardLimitThatTheSummarizersShare()
    {
        var fortyWords = string.Join(' ', Enumerable.Repeat("كلمة", 40)) + ".";

        var issues = CreateSut().Check(Box("ملخص قصير.", "نقطة.", fortyWords, "نقطة أخرى."), Article(LongArticle));

        Assert.That(issues, Is.Empty);
    }

    [Test]
    public void Check_FourSentenceSummary_SaysOneToThree()
    {
        var issues = CreateSut().Check(Box("جملة أولى. جملة ثانية. جملة ثالثة. جملة رابعة.", "أ.", "ب.", "ج."), Article(LongArticle));

        Assert.That(issues, Has.One.Contains("4 sentences; it must have 1 to 3"));
    }

    [Test]
    public void Check_TwoKeyPointsForALongArticle_SaysAtLeastThree()
    {
        var issues = CreateSut().Check(Box("ملخص قصير.", "أ.", "ب."), Article(LongArticle));

        Assert.That(issues, Has.One.Contains("at least 3"));
    }

    [Test]
    public void Check_TwoKeyPointsForAShortArticle_Allowed()
    {
        var issues = CreateSut().Check(Box("ملخص قصير.", "أ.", "ب."), Article(LongArticle[..2]));

        Assert.That(issues, Is.Empty);
    }

    private static readonly string[] EnglishArticle =
    [
        "A powerful storm closed hundreds of schools across the region on Monday, officials said.",
        "Emergency crews worked through the night to clear fallen trees from major roads.",
        "The weather service expects the storm to weaken by Wednesday, according to a statement.",
        "Power companies reported that 40,000 homes were still without electricity in the evening.",
    ];

    [TestCase("en")]
    [TestCase("und")]
    public void Check_ExtractiveBoxOfAnArticleNotInArabic_FewPointsAllowed(string language)
    {
        var english = new ExtractedArticle { Title = "Storm", Paragraphs = EnglishArticle, Language = language, Direction = "ltr" };

        var issues = CreateSut().Check(Box("A storm closed schools.", "Crews cleared roads.") with { Summarizer = "extractive" }, english);

        Assert.That(issues, Is.Empty);
    }

    [Test]
    public void Check_LlmBoxOfAnArticleNotInArabic_StillAtLeastThree()
    {
        var english = new ExtractedArticle { Title = "Storm", Paragraphs = EnglishArticle, Language = "en", Direction = "ltr" };

        var issues = CreateSut().Check(Box("عاصفة تغلق المدارس.", "أ.") with { Summarizer = "llm" }, english);

        Assert.That(issues, Has.One.Contains("at least 3"));
    }

    [Test]
    public void Check_ExtractiveBoxOfAnArabicArticleWithoutLanguageTag_StillAtLeastThree()
    {
        var issues = CreateSut().Check(Box("ملخص قصير.", "أ.", "ب.") with { Summarizer = "extractive" }, Article(LongArticle) with { Language = "und" });

        Assert.That(issues, Has.One.Contains("at least 3"));
    }

    private static SummaryContract CreateSut() => new();

    private static ArticleSummary Box(string summary, params string[] points) =>
        new() { Summary = summary, KeyPoints = points, Summarizer = "test", PromptVersion = "t" };

    private static ExtractedArticle Article(string[] paragraphs) =>
        new() { Title = "عنوان", Paragraphs = paragraphs, Language = "ar", Direction = "rtl" };
}
