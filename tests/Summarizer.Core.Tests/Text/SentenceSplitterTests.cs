using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

[TestFixture]
public sealed class SentenceSplitterTests
{
    [TestCase("وصل الوفد. بدأت المحادثات.", "وصل الوفد.", "بدأت المحادثات.")]
    [TestCase("هل وصل الوفد؟ نعم وصل صباحا.", "هل وصل الوفد؟", "نعم وصل صباحا.")]
    [TestCase("يا له من يوم! انتهت الحرب.", "يا له من يوم!", "انتهت الحرب.")]
    [TestCase("أعلن الوزير القرار؛ ورحبت به المعارضة.", "أعلن الوزير القرار؛", "ورحبت به المعارضة.")]
    [TestCase("Did they agree? Yes, they did.", "Did they agree?", "Yes, they did.")]
    [TestCase("كان الرد الدولي واضحًا. لا يغرنك امتلاكك السلاح.", "كان الرد الدولي واضحًا.", "لا يغرنك امتلاكك السلاح.")]
    public void Split_ArabicAndLatinTerminators_SplitsAfterEach(string paragraph, string first, string second)
    {
        Assert.That(SentenceSplitter.Split(paragraph), Is.EqualTo(new[] { first, second }));
    }

    [TestCase("ارتفع النمو بنسبة 3.5 في المئة هذا العام. وتراجع التضخم.")]
    [TestCase("قتل 2,000 شخص في الزلزال حسب الحصيلة الأولى. وتتواصل عمليات البحث.")]
    [TestCase("بلغت النسبة ٣٫٥ في المئة في الربع الأول. وتراجع التضخم.")]
    public void Split_DecimalAndGroupedNumbers_DoNotEndSentence(string paragraph)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        Assert.That(sentences, Has.Count.EqualTo(2));
        Assert.That(sentences[0], Does.Contain("3.5").Or.Contain("2,000").Or.Contain("٣٫٥"));
    }

    [TestCase("التقى د. محمد علي بالوزير أمس. وبحثا الأزمة.")]
    [TestCase("Dr. Smith met officials in the U.S. capital on Monday. They discussed trade.")]
    [TestCase("ولد الشاعر عام 1950 م. في القاهرة ثم انتقل إلى بيروت. وعاش فيها طويلا.")]
    [TestCase("وخلال مخاطبته أعضاء الحزب في مركز جون إف. كينيدي للفنون المسرحية، بدا شعره بلون غير معتاد. وانتشرت الصور بسرعة.")]
    [TestCase("وصل الرئيس الأسبق جورج دبليو. بوش إلى دالاس مساء أمس. واستقبله حاكم الولاية.")]
    [TestCase("كشفت المؤسسة العامة للحبوب وإتش. إس. بي. سي العربية السعودية أن البيع قريب. وسيعلن الموعد لاحقا.")]
    public void Split_Abbreviations_DoNotEndSentence(string paragraph)
    {
        Assert.That(SentenceSplitter.Split(paragraph), Has.Count.EqualTo(2));
    }

    [Test]
    public void Split_QuoteInsideSentence_KeepsQuotedSentencesTogether()
    {
        var sentences = SentenceSplitter.Split("وقال الرئيس: \"لن نتراجع. سنواصل العمل\". وغادر القاعة بعد ذلك.");

        Assert.That(sentences, Is.EqualTo(new[] { "وقال الرئيس: \"لن نتراجع. سنواصل العمل\".", "وغادر القاعة بعد ذلك." }));
    }

    [Test]
    public void Split_GuillemetsAndBrackets_KeptWithTheirSentence()
    {
        var sentences = SentenceSplitter.Split("وصف المتحدث الوضع بأنه «خطير جدا. وغير مسبوق» (بحسب الوكالة). وانتهى الاجتماع.");

        Assert.That(sentences, Has.Count.EqualTo(2));
        Assert.That(sentences[0], Does.EndWith("(بحسب الوكالة)."));
    }

    [Test]
    public void Split_TerminatorInsideClosingQuote_EndsSentenceAfterQuote()
    {
        var sentences = SentenceSplitter.Split("قال المتحدث: \"انتهى الأمر.\" ثم غادر المؤتمر.");

        Assert.That(sentences, Is.EqualTo(new[] { "قال المتحدث: \"انتهى الأمر.\"", "ثم غادر المؤتمر." }));
    }

    [Test]
    public void Split_UnclosedQuote_StillSplitsAtTerminators()
    {
        var sentences = SentenceSplitter.Split("قال الوزير: \"سنواصل العمل. وبدأ الاجتماع بعد ساعة. وانتهى مساء.");

        Assert.That(sentences, Has.Count.EqualTo(3));
    }

    [Test]
    public void Split_TextWithoutFinalPunctuation_KeepsLastSentence()
    {
        var sentences = SentenceSplitter.Split("انتهت القمة. ويغادر القادة غدا");

        Assert.That(sentences, Is.EqualTo(new[] { "انتهت القمة.", "ويغادر القادة غدا" }));
    }

    [Test]
    public void Split_NewlinesInParagraph_AreSentenceBoundaries()
    {
        var sentences = SentenceSplitter.Split("عنوان فرعي بلا نقطة\nنص الفقرة الأولى.");

        Assert.That(sentences, Is.EqualTo(new[] { "عنوان فرعي بلا نقطة", "نص الفقرة الأولى." }));
    }

    [Test]
    public void Split_RunOnWithoutPunctuation_CapsSentenceLength()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("كلمة", 1000));

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.That(sentences, Has.Count.GreaterThanOrEqualTo(1000 / SentenceSplitter.MaxSentenceWords));
        Assert.That(sentences.Select(s => s.Split(' ').Length), Has.All.LessThanOrEqualTo(SentenceSplitter.MaxSentenceWords));
        Assert.That(sentences.Sum(s => s.Split(' ').Length), Is.EqualTo(1000));
    }

    [TestCase("")]
    [TestCase("   \n  ")]
    public void Split_Blank_ReturnsNothing(string paragraph)
    {
        Assert.That(SentenceSplitter.Split(paragraph), Is.Empty);
    }
}
