using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

[TestFixture]
public sealed class NumberFinderTests
{
    [TestCase("قتل 2,000 شخص", "2000")]
    [TestCase("قتل ٢٬٠٠٠ شخص", "2000")]
    [TestCase("قتل ٢٠٠٠ شخص", "2000")]
    [TestCase("نمو بنسبة 3.5 في المئة", "3.5")]
    [TestCase("نمو بنسبة ٣٫٥ في المئة", "3.5")]
    [TestCase("عام ۱۳۹۸", "1398")]
    public void Find_WesternAndEasternDigits_CanonicalValue(string text, string value)
    {
        Assert.That(NumberFinder.Find(text).Select(n => n.Value), Is.EqualTo(new[] { value }));
    }

    [Test]
    public void Find_SeveralNumbers_InOrderWithTextAndIndex()
    {
        var found = NumberFinder.Find("بين 3 و 15 عاما، 1,2");

        Assert.That(found.Select(n => n.Value), Is.EqualTo(new[] { "3", "15", "1", "2" }));
        Assert.That(found[1].Text, Is.EqualTo("15"));
        Assert.That(found[1].Index, Is.EqualTo(8));
    }

    [Test]
    public void Find_NoDigits_Empty()
    {
        Assert.That(NumberFinder.Find("أربعون عاما"), Is.Empty);
    }

    [Test]
    public void FindUnsupported_OutputNumberMissingFromSource_Reported()
    {
        var missing = NumberFinder.FindUnsupported("قتل ٢٠٠٠ شخص و 35 جريحا", "أعلنت السلطات مقتل 2,000 شخص.");

        Assert.That(missing.Select(n => n.Value), Is.EqualTo(new[] { "35" }));
    }
}
