using System.Text;
using Summarizer.Extraction;

namespace Summarizer.Core.Tests.Extraction;

[TestFixture]
public class TextDecodingTests
{
    private const string Arabic = "مرحبا بالعالم، هذا خبر عاجل";

    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Test]
    public void Decode_Windows1256FromHeader_DecodesArabic() =>
        Assert.That(TextDecoding.Decode(Encoding.GetEncoding(1256).GetBytes($"<p>{Arabic}</p>"), "windows-1256"), Does.Contain(Arabic));

    [Test]
    public void Decode_Windows1256FromMetaCharset_DecodesArabic()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body>{Arabic}</body></html>");

        Assert.That(TextDecoding.Decode(bytes, null), Does.Contain(Arabic));
    }

    [Test]
    public void Decode_Iso88596FromMeta_DecodesArabic()
    {
        var bytes = Encoding.GetEncoding("iso-8859-6").GetBytes($"<meta charset=\"iso-8859-6\"><p>مرحبا بالعالم</p>");

        Assert.That(TextDecoding.Decode(bytes, null), Does.Contain("مرحبا بالعالم"));
    }

    [Test]
    public void Decode_Utf8Bom_WinsOverWrongHeader() =>
        Assert.That(TextDecoding.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Arabic)], "windows-1256"), Is.EqualTo(Arabic));

    [Test]
    public void Decode_UnknownCharsetLabel_FallsBackToDetection() =>
        Assert.That(TextDecoding.Decode(Encoding.UTF8.GetBytes(Arabic), "no-such-charset"), Is.EqualTo(Arabic));

    [TestCase("utf-7")] // found by fuzzing: .NET refuses UTF-7 with NotSupportedException
    [TestCase("UTF-7")]
    public void Decode_DisabledCharset_FallsBackToDetection(string charset) =>
        Assert.That(TextDecoding.Decode(Encoding.UTF8.GetBytes(Arabic), charset), Is.EqualTo(Arabic));

    private const string ArabicParagraph = "قال مصطفى بكري إن الفيديو المتداول على مواقع التواصل الاجتماعي لا يعبر عن الحقيقة، وإن الحكومة ستعلن تفاصيل الخطة الجديدة خلال الأيام المقبلة بعد اجتماع الوزراء";

    private static string Page(string declaration) =>
        $"<html><head>{declaration}<title>عنوان الخبر</title></head><body><h1>عنوان الخبر</h1><p>{ArabicParagraph}</p></body></html>";

    [TestCase(null)]
    [TestCase("windows-1256")]
    [TestCase("windows-1252")]
    public void Decode_Windows1256BytesDeclaringWindows1252_DecodesArabic(string? header)
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"));

        var text = TextDecoding.Decode(bytes, header);

        Assert.That(text, Does.Contain(ArabicParagraph));
    }

    [Test]
    public void Decode_Iso88596DeclaringNothing_DecodesArabic()
    {
        var bytes = Encoding.GetEncoding("iso-8859-6").GetBytes(Page(""));

        Assert.That(TextDecoding.Decode(bytes, null), Does.Contain(ArabicParagraph));
    }

    [Test]
    public void Decode_Windows1256DeclaringNothing_DecodesArabic()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes(Page(""));

        Assert.That(TextDecoding.Decode(bytes, null), Does.Contain(ArabicParagraph));
    }

    [Test]
    public void Decode_FrenchWindows1252_KeepsDeclaredCharset()
    {
        const string french = "Le ministère a présenté hier un projet de réforme très attendu: les élèves étudieront déjà à l'été prochain, après la fête.";
        var bytes = Encoding.GetEncoding(1252).GetBytes($"<html><head><meta charset=\"windows-1252\"></head><body><p>{french}</p></body></html>");

        Assert.That(TextDecoding.Decode(bytes, null), Does.Contain(french));
    }

    [Test]
    public void Decode_Utf8PageDeclaringWindows1252_DecodesUtf8()
    {
        // UTF-8 Arabic read as windows-1252 is mojibake too ("Ø§Ù„"); valid UTF-8 bytes are UTF-8.
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"windows-1252\">"));

        Assert.That(TextDecoding.Decode(bytes, null), Does.Contain(ArabicParagraph));
    }

    [Test]
    public void LooksMisdecoded_ArabicReadAsWindows1252_True()
    {
        var mojibake = Encoding.GetEncoding(1252).GetString(Encoding.GetEncoding(1256).GetBytes(ArabicParagraph));

        Assert.That((CharsetCheck.LooksMisdecoded(mojibake), CharsetCheck.LooksMisdecoded(ArabicParagraph)), Is.EqualTo((true, false)));
    }
}
