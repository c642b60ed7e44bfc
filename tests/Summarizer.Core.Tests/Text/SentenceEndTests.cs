using Summarizer.Summarization.Extractive;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

[TestFixture]
public sealed class SentenceEndTests
{
    [TestCase("قال الوزير: \"لن نتراجع.\"", '.')]
    [TestCase("هل يعود الهدوء؟»", '؟')]
    [TestCase("(انتهى) ", 'ى')]
    [TestCase("عنوان فرعي بلا نقطة", 'ة')]
    [TestCase("  ", '\0')]
    public void LastMark_LooksPastClosingQuotesAndBrackets(string text, char expected) =>
        Assert.That(SentenceEnd.LastMark(text), Is.EqualTo(expected));

    [Test]
    public void Extract_OneSentenceParagraphEndingInAQuote_IsNotAHeading()
    {
        var sut = new SentenceExtractor(ArabicTextAnalyzer.Default);

        var sentences = sut.Extract(["قال وزير الخارجية في مؤتمر صحفي: \"لن نتراجع عن هذا القرار مهما كانت الضغوط الدولية.\""], CancellationToken.None);

        Assert.That(sentences, Has.Count.EqualTo(1));
        Assert.That(sentences[0].IsHeading, Is.False);
    }
}
