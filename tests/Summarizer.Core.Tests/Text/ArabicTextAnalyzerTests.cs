using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

[TestFixture]
public sealed class ArabicTextAnalyzerTests
{
    private static ArabicTextAnalyzer CreateSut() => new();

    [TestCase("أحمد", "احمد")]
    [TestCase("إسرائيل", "اسرائيل")]
    [TestCase("آمنة", "امنه")]
    [TestCase("مصطفى", "مصطفي")]
    [TestCase("كَتَبَ", "كتب")]
    [TestCase("جميـــل", "جميل")]
    [TestCase("Hello", "hello")]
    public void Normalize_ArabicVariantsDiacriticsTatweel_Folded(string word, string expected)
    {
        Assert.That(ArabicTextAnalyzer.Normalize(word), Is.EqualTo(expected));
    }

    [Test]
    public void Normalize_EasternArabicDigits_BecomeAscii()
    {
        Assert.That(ArabicTextAnalyzer.Normalize("عام ٢٠١٨ و۱۳"), Is.EqualTo("عام 2018 و13"));
    }

    [TestCase("والكتاب", "كتاب")]
    [TestCase("بالمدرسة", "مدرس")]
    [TestCase("المعلمون", "معلم")]
    public void Stem_PrefixesAndSuffixes_Stripped(string word, string expected)
    {
        Assert.That(ArabicTextAnalyzer.Stem(word), Is.EqualTo(expected));
    }

    [TestCase("في")]
    [TestCase("إلى")]
    [TestCase("الى")]
    [TestCase("the")]
    public void IsStopWord_FunctionWords_True(string word)
    {
        Assert.That(CreateSut().IsStopWord(word), Is.True);
    }

    [TestCase("حكومة")]
    [TestCase("لم")]
    [TestCase("not")]
    public void IsStopWord_ContentWordsAndNegations_False(string word)
    {
        Assert.That(CreateSut().IsStopWord(word), Is.False);
    }

    [TestCase("لم", true)]
    [TestCase("ولا", true)]
    [TestCase("ليست", true)]
    [TestCase("غير", true)]
    [TestCase("never", true)]
    [TestCase("don't", true)]
    [TestCase("لندن", false)]
    [TestCase("ولاية", false)]
    public void IsNegation_Word_Detected(string word, bool expected)
    {
        Assert.That(ArabicTextAnalyzer.IsNegation(word), Is.EqualTo(expected));
    }

    [Test]
    public void ContentTerms_Sentence_StemsWithoutStopWordsAndKeepsNumbers()
    {
        var terms = CreateSut().ContentTerms("قتل ٢٬٠٠٠ شخص في الزلزال الذي ضرب المدينة.");

        Assert.That(terms, Does.Contain("2000"));
        Assert.That(terms, Does.Contain("زلزال"));
        Assert.That(terms, Does.Not.Contain("في"));
        Assert.That(terms, Does.Not.Contain("الذي"));
    }

    [Test]
    public void ContentTerms_SpellingVariants_SameTerms()
    {
        var sut = CreateSut();

        Assert.That(sut.ContentTerms("إعلان الحكومة الأمريكية"), Is.EqualTo(sut.ContentTerms("اعلان الحكومه الامريكيه")));
    }

    [Test]
    public void ContentTerms_ParallelCalls_GiveSameResultsAsSequential()
    {
        var sut = CreateSut();
        var texts = Enumerable.Range(0, 200).Select(i => $"أعلنت الحكومة المصرية اليوم عن خطة رقم {i} لتطوير المدارس والمستشفيات").ToArray();
        var expected = texts.Select(sut.ContentTerms).ToArray();

        var actual = new IReadOnlyList<string>[texts.Length];
        Parallel.For(0, texts.Length, i => actual[i] = sut.ContentTerms(texts[i]));

        Assert.That(actual, Is.EqualTo(expected));
    }
}
