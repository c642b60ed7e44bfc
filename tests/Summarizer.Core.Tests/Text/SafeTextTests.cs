using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

[TestFixture]
public sealed class SafeTextTests
{
    [TestCase("\u001b[31mأحمر\u001b[0m", "[31mأحمر[0m", TestName = "Clean_CsiColourSequence_LosesTheEscape")]
    [TestCase("عنوان\u001b]0;pwned\u0007", "عنوان]0;pwned", TestName = "Clean_OscTitleSequenceAndBel_LoseTheControls")]
    [TestCase("a\u009b31mb", "a31mb", TestName = "Clean_C1Csi_IsRemoved")]
    [TestCase("a\u0085b\u007fc", "abc", TestName = "Clean_C1NextLineAndDel_AreRemoved")]
    [TestCase("abc\u202Egpj.exe", "abcgpj.exe", TestName = "Clean_RightToLeftOverride_IsRemoved")]
    [TestCase("\u2066x\u2067y\u2068z\u2069\u202Aa\u202Bb\u202Cc\u202Dd", "xyzabcd", TestName = "Clean_EveryEmbeddingOverrideAndIsolate_IsRemoved")]
    [TestCase("السعر\u200F 5\u200E د\u061C", "السعر\u200F 5\u200E د\u061C", TestName = "Clean_BidiMarks_AreKept")]
    [TestCase("سطر\nسطر\tعمود", "سطر\nسطر\tعمود", TestName = "Clean_NewlineAndTab_AreKept")]
    [TestCase("a\r\nb\rc\u2028d", "a\nb\nc\nd", TestName = "Clean_CarriageReturnsAndLineSeparator_BecomeNewlines")]
    public void Clean(string input, string expected) => Assert.That(SafeText.Clean(input), Is.EqualTo(expected));

    [Test]
    public void Line_TitleWithNewlinesAndTabs_IsOneLine() =>
        Assert.That(SafeText.Line(" خبر\n1\t\t2\r\n"), Is.EqualTo("خبر 1 2"));

    [Test]
    public void Clean_SafeText_ReturnsTheSameInstance()
    {
        var text = "نص عادي بلا شيء";

        Assert.That(SafeText.Clean(text), Is.SameAs(text));
    }

    [Test]
    public void Clean_EveryControlCharacter_NoneSurvives()
    {
        var all = new string(Enumerable.Range(0, 0x2070).Select(i => (char)i).ToArray());

        var cleaned = SafeText.Line(all);

        Assert.That(cleaned.Where(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'), Is.Empty);
        Assert.That(cleaned.IndexOf('\u001b', StringComparison.Ordinal), Is.EqualTo(-1));
    }
}
