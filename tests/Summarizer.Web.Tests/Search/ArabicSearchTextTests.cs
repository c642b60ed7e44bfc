using Summarizer.Text;

namespace Summarizer.Web.Tests.Search;

[TestFixture]
public sealed class ArabicSearchTextTests
{
    [TestCase("أمريكا", "امريكا")]
    [TestCase("إسرائيل", "اسرائيل")]
    [TestCase("آسيا", "اسيا")]
    [TestCase("ٱلله", "الله")]
    [TestCase("مستشفى", "مستشفي")]
    [TestCase("مدرسة", "مدرسه")]
    [TestCase("مُحَمَّدٌ", "محمد")]
    [TestCase("جـــميل", "جميل")]
    [TestCase("عام ٢٠٢٥", "عام 2025")]
    [TestCase("۱۲۳", "123")]
    [TestCase("Trump", "trump")]
    public void Normalize_ArabicVariant_FoldedForm(string text, string expected) =>
        Assert.That(ArabicSearchText.Normalize(text), Is.EqualTo(expected));

    [TestCase("الحكومة", "حكومه")]
    [TestCase("والحكومة", "حكومه")]
    [TestCase("فالحكومة", "حكومه")]
    [TestCase("بالحكومة", "حكومه")]
    [TestCase("كالحكومة", "حكومه")]
    [TestCase("للحكومة", "حكومه")]
    [TestCase("وللحكومة", "حكومه")]
    [TestCase("وبالحكومة", "حكومه")]
    [TestCase("حكومة", "حكومه")]
    [TestCase("الذي", "الذي")]
    [TestCase("التي", "التي")]
    [TestCase("إلى", "الي")]
    [TestCase("فكرة", "فكره")]
    [TestCase("وزير", "وزير")]
    [TestCase("لبنان", "لبنان")]
    public void Terms_ArticleAndItsClitics_CutWhenThreeLettersRemain(string word, string expected) =>
        Assert.That(ArabicSearchText.Terms(word), Is.EqualTo(new[] { expected }));

    [Test]
    public void Terms_FtsAndSqlSyntax_OnlyLettersAndDigitsRemain() =>
        Assert.That(ArabicSearchText.Terms("\"أمريكا\"* NEAR(x) -ترامب '; drop"), Is.EqualTo(new[] { "امريكا", "near", "x", "ترامب", "drop" }));

    [Test]
    public void Terms_ManyWords_CappedAtMaxTerms() =>
        Assert.That(ArabicSearchText.Terms(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}"))), Has.Count.EqualTo(ArabicSearchText.MaxTerms));

    [Test]
    public void Terms_OnlyDiacritics_None() =>
        Assert.That(ArabicSearchText.Terms("\u064E\u0651\u0640"), Is.Empty);
}
