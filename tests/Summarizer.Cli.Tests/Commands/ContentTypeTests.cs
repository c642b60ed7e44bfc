using System.Text;
using Summarizer.Cli.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// Non-HTML answers from a real (loopback) server through <c>summarize URL</c>: "not an article" with the type named,
/// whether the server says what it is or disguises it as <c>text/html</c>.
/// </summary>
[TestFixture]
public sealed class ContentTypeTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + new string('x', 400));
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', .. new byte[300]];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', .. new byte[300]];
    private static readonly byte[] Mp3 = [(byte)'I', (byte)'D', (byte)'3', 4, 0, 0, .. new byte[300]];
    private static readonly byte[] Mp4 = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'m', (byte)'p', (byte)'4', (byte)'2', .. new byte[300]];

    private static IEnumerable<TestCaseData> Answers()
    {
        yield return new TestCaseData("/report.pdf", Pdf, "application/pdf", "application/pdf").SetName("Summarize_PdfAnswer_NotAnArticleNamingPdf");
        yield return new TestCaseData("/photo.png", Png, "image/png", "image/png").SetName("Summarize_PngAnswer_NotAnArticleNamingImage");
        yield return new TestCaseData("/clip.mp3", Mp3, "audio/mpeg", "audio/mpeg").SetName("Summarize_AudioAnswer_NotAnArticleNamingAudio");
        yield return new TestCaseData("/clip.mp4", Mp4, "video/mp4", "video/mp4").SetName("Summarize_VideoAnswer_NotAnArticleNamingVideo");
        yield return new TestCaseData("/data.json", "{\"a\":1}"u8.ToArray(), "application/json", "application/json").SetName("Summarize_JsonAnswer_NotAnArticleNamingJson");
        yield return new TestCaseData("/disguised.html", Pdf, "text/html", "PDF document").SetName("Summarize_PdfServedAsHtml_NotAnArticleNamingPdf");
        yield return new TestCaseData("/disguised-png.html", Png, "text/html; charset=utf-8", "PNG image").SetName("Summarize_PngServedAsHtml_NotAnArticleNamingPng");
        yield return new TestCaseData("/disguised-jpeg.html", Jpeg, "text/html", "JPEG image").SetName("Summarize_JpegServedAsHtml_NotAnArticleNamingJpeg");
        yield return new TestCaseData("/disguised.txt", Pdf, "text/plain", "PDF document").SetName("Summarize_PdfServedAsText_NotAnArticleNamingPdf");
    }

    [TestCaseSource(nameof(Answers))]
    public async Task Summarize_NonHtmlAnswer_NotAnArticleNamingTheType(string path, byte[] body, string contentType, string named)
    {
        await using var site = await LoopbackServer.StartAsync(new Dictionary<string, LoopbackResponse>
        {
            [path] = new LoopbackResponse(200, body, contentType),
        });
        var url = site.Url(path).AbsoluteUri;
        var env = new TestSettings(("Summarizer__Fetching__AllowPrivateNetworks", "true"));

        var run = await CliRun.RunAsync(env, "summarize", url, "--no-store");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.NotAnArticle), run.Error);
            Assert.That(run.ErrorLines, Has.Length.EqualTo(1), run.Error);
            Assert.That(run.Error, Does.Contain(url).And.Contain(named).And.Contain("not an HTML page"));
            Assert.That(run.Out, Is.Empty);
        });
    }
}
