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
    [TestCase("وبالحكومة", "حكومه")]
    [TestCase("حكومة", "حكومه")]
    [TestCase("الذي", "الذي")]
    [TestCase("التي", "التي")]
    [TestCase("إلى", "الي")]
    [TestCase("فكرة", "فكره")]
    [TestCase("وزير", "وزير")]
    [TestCase("لبنان", "لبنان")]
    [TestCase("ذي", "ذي")]
    public void Terms_ArticleAndItsClitics_CutWhenThreeLettersRemain(string word, string expected) =>
        Assert.That(ArabicSearchText.Terms(word), Is.EqualTo(new[] { new[] { expected } }));

    /// <summary>لل is ل + ال: the rest is a stem, and so is ل + the rest (لليل = ل + الليل, with one lam less), each of three letters or more.</summary>
    [TestCase("للحكومة", new[] { "حكومه", "لحكومه" })]
    [TestCase("وللحكومة", new[] { "حكومه", "لحكومه" })]
    [TestCase("لليل", new[] { "ليل" })]
    [TestCase("لليمون", new[] { "يمون", "ليمون" })]
    [TestCase("لله", new[] { "لله" })]
    public void Terms_LamPrefix_RestAndLamPlusRest(string word, string[] expected) =>
        Assert.That(ArabicSearchText.Terms(word), Is.EqualTo(new[] { expected }));

    [TestCase("الذي")]
    [TestCase("التي")]
    [TestCase("لله")]
    [TestCase("حكومه")]
    public void Stems_TooShortOrNoPrefix_None(string word) =>
        Assert.That(ArabicSearchText.Stems(word), Is.Empty);

    [TestCase("Trump", 't')]
    [TestCase("ÉCOLE", 'é')]
    [TestCase("أ", 'ا')]
    [TestCase("ب", 'ب')]
    public void Fold_FirstCharacter_LowerCaseOrArabicFold(string text, char expected) =>
        Assert.That(ArabicSearchText.Fold(text[0]), Is.EqualTo(expected));

    [Test]
    public void Terms_FtsAndSqlSyntax_OnlyLettersAndDigitsRemain() =>
        Assert.That(ArabicSearchText.Terms("\"أمريكا\"* NEAR(x) -ترامب '; drop"), Is.EqualTo(new[] { "امريكا", "near", "x", "ترامب", "drop" }.Select(t => new[] { t })));

    [Test]
    public void Terms_ManyWords_CappedAtMaxTerms() =>
        Assert.That(ArabicSearchText.Terms(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}"))), Has.Count.EqualTo(ArabicSearchText.MaxTerms));

    [Test]
    public void Terms_OnlyDiacritics_None() =>
        Assert.That(ArabicSearchText.Terms("\u064E\u0651\u0640"), Is.Empty);
}
