using System.Text;
using Microsoft.Extensions.Options;
using Summarizer.Extraction;

namespace Summarizer.Core.Tests.Extraction;

/// <summary>
/// A page whose text is mojibake no charset can put right is refused with a reason, never extracted as text;
/// accented Latin prose (French, Icelandic short words) is not mistaken for it.
/// </summary>
[TestFixture]
public class GarbledTextTests
{
    static GarbledTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string French = "Le maire a déclaré que les travaux de la gare, commencés au printemps, dureront encore deux mois. Été après été, où que l'on aille, les habitants préférés ont déjà vu ça à côté. ";

    private static HtmlContentExtractor CreateSut() => new(Options.Create(new ExtractionOptions()));

    private static byte[] Page(string text) =>
        Encoding.GetEncoding(1252).GetBytes($"<html><head><meta charset='windows-1252'><title>Titre</title></head><body><article><p>{text}</p><p>{text}</p></article></body></html>");

    [Test]
    public void Extract_ArabicStoredAsLatin1Mojibake_IsRefusedWithAReason()
    {
        // Valid UTF-8 that already holds mojibake (a CMS read windows-1256 bytes as windows-1252 and saved the result):
        // no charset can put it right, so the page is refused instead of summarized as "ÈÇáÝíÏíæ".
        const string arabic = "قال مصطفى بكري إن الفيديو المتداول على مواقع التواصل الاجتماعي لا يعبر عن الحقيقة، وإن الحكومة ستعلن تفاصيل الخطة الجديدة خلال الأيام المقبلة. ";
        var mojibake = Encoding.GetEncoding(1252).GetString(Encoding.GetEncoding(1256).GetBytes(string.Concat(Enumerable.Repeat(arabic, 3))));
        var html = $"<html><head><meta charset='utf-8'><title>Titre</title></head><body><article><p>{mojibake}</p><p>{mojibake}</p></article></body></html>";

        var error = Assert.Throws<SummarizerException>(() => CreateSut().Extract(GoldenPages.FromHtml(html)));

        Assert.That(error!.Kind, Is.EqualTo(FailureKind.NotAnArticle));
        Assert.That(error.Message, Does.Contain("garbled"));
    }

    [Test]
    public void Extract_AccentedFrenchInWindows1252_IsExtracted()
    {
        var article = CreateSut().Extract(new Summarizer.Fetching.FetchedPage(null, Page(string.Concat(Enumerable.Repeat(French, 3))), "text/html", null));

        Assert.That(article.Text, Does.Contain("Été après été"));
    }

    [TestCase("ÈÇáÝíÏíæ ãÕØÝì ÈßÑí", true)]
    [TestCase("Été après été, où que l'on aille, déjà vu à côté. Préféré, élève, général.", false)]
    [TestCase("Það var gott að sjá þá á föstudaginn. Við fórum út.", false)]
    public void IsGarbled_Words_ReadsTheShareOfLatin1Letters(string words, bool garbled) =>
        Assert.That(GarbledText.IsGarbled(string.Join(' ', Enumerable.Repeat(words, 8))), Is.EqualTo(garbled));
}
