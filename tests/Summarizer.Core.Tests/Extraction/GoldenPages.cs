using System.IO.Compression;
using Summarizer.Fetching;

namespace Summarizer.Core.Tests.Extraction;

/// <summary>Loads the golden pages copied under TestData/Extraction (licences beside them).</summary>
internal static class GoldenPages
{
    public static FetchedPage Load(string relativePath, string? url = null)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Extraction", relativePath);
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return new FetchedPage(url is null ? null : new Uri(url), buffer.ToArray(), "text/html", null);
    }

    public static FetchedPage FromHtml(string html, string? charset = null) =>
        new(new Uri("https://news.example/a/1"), System.Text.Encoding.UTF8.GetBytes(html), "text/html", charset);
}
