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
}
