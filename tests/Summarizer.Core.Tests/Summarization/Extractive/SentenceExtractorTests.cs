using Summarizer.Summarization.Extractive;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Summarization.Extractive;

/// <summary>Hand-written paragraphs: what the summarizer reads as the article's sentences, and what it leaves out.</summary>
[TestFixture]
public sealed class SentenceExtractorTests
{
    private static IReadOnlyList<ArticleSentence> Extract(params string[] paragraphs) =>
        new SentenceExtractor(ArabicTextAnalyzer.Default).Extract(paragraphs, CancellationToken.None);

    [Test]
    public void Extract_ShortParagraphWithoutFullStop_Heading() =>
        Assert.That(Extract("ردود الفعل الدولية على قرار الطرد")[0].IsHeading, Is.True);

    [Test]
    public void Extract_ShortParagraphOpeningWithConjunction_SentenceNotHeading() =>
        Assert.That(Extract("وردت العاصمة بطرد ثلاثة وعشرين دبلوماسيا يوم السبت")[0].IsHeading, Is.False);

    [Test]
    public void Extract_DisclaimerAndAsteriskNote_LeftOut()
    {
        var sentences = Extract(
            "ودع الفريق بطولة الكأس من الدور ربع النهائي بعد خسارته أمام منافسه التقليدي.",
            "*نقلا عن صحيفة الرياضة اليومية",
            "جميع المقالات المنشورة تمثل رأي كتابها فقط.");

        Assert.That(sentences.Select(s => s.Text), Is.EqualTo(new[] { "ودع الفريق بطولة الكأس من الدور ربع النهائي بعد خسارته أمام منافسه التقليدي." }));
    }

    [Test]
    public void Extract_Hashtag_WordsItLinks() =>
        Assert.That(Extract("كشف #وزير_النقل في مقابلة تلفزيونية أن الجسر سيفتتح العام المقبل.")[0].Text,
            Is.EqualTo("كشف وزير النقل في مقابلة تلفزيونية أن الجسر سيفتتح العام المقبل."));

    [Test]
    public void Extract_LinkToAnotherArticleAndSocialMediaDisclaimer_LeftOut()
    {
        var sentences = Extract(
            "ودع الفريق بطولة الكأس من الدور ربع النهائي بعد خسارته أمام منافسه التقليدي.",
            "قد يهمك.. المدرب: إذا خسرنا المباراة المقبلة سنودع البطولة مبكرا",
            "إقرأ أيضا: الوزير: الانتخابات منحتنا عشرين مقعدا في البرلمان الجديد",
            "اقرأ أيضاً: المدرب يعلن قائمة المنتخب لمباراتي الشهر المقبل",
            "ويشار إلى أن الموقع لا يمكنه التأكد بشكل مستقل من الأنباء والمعلومات التي يتم تناقلها عبر وسائل التواصل الاجتماعي.");

        Assert.That(sentences.Select(s => s.Text), Is.EqualTo(new[] { "ودع الفريق بطولة الكأس من الدور ربع النهائي بعد خسارته أمام منافسه التقليدي." }));
    }

    [Test]
    public void Extract_Sentences_CarryTheirParagraph() =>
        Assert.That(Extract("وصل الوفد إلى العاصمة صباح اليوم. بدأت المحادثات بعد الظهر مباشرة.", "انتهى اليوم الأول دون اتفاق بين الطرفين على شيء.").Select(s => s.Paragraph),
            Is.EqualTo(new[] { 0, 0, 1 }));

    [Test]
    public void Extract_ShortParagraphsAfterAColon_ItemsOfItsList()
    {
        var sentences = Extract("أعلن الاتحاد أسماء الفرق المتأهلة إلى الدور الثاني من البطولة:", "النادي الأهلي", "نادي الزمالك", "وبدأت القرعة بعد ذلك مباشرة في مقر الاتحاد بالقاهرة.");

        Assert.That(sentences[0].ListItems, Is.EqualTo(new[] { "النادي الأهلي", "نادي الزمالك" }));
        Assert.That(sentences, Has.Count.EqualTo(2));
    }
}
