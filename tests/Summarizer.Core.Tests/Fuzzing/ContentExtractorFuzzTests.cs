using CsCheck;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Tests.Extraction;
using Summarizer.Extraction;
using Summarizer.Fetching;

namespace Summarizer.Core.Tests.Fuzzing;

/// <summary>
/// The extractor as the pipeline gets it (<see cref="ExtractionServiceCollectionExtensions.AddExtraction"/>) on random
/// bytes and on damaged golden pages: it returns an article or throws "not an article", and each page takes under 2 s.
/// </summary>
[TestFixture]
public sealed class ContentExtractorFuzzTests
{
    private static readonly string?[] ContentTypes = ["text/html", null, "application/xhtml+xml", "text/plain", "text/xml", "application/pdf"];
    private static readonly string?[] Charsets = [null, "utf-8", "windows-1256", "utf-16", "utf-7", "x-bogus", "\"iso-8859-1\"", ""];

    private ServiceProvider _services = null!;

    [OneTimeSetUp]
    public void OneTimeSetUp()
    {
        _services = new ServiceCollection().AddLogging().AddExtraction(new ConfigurationBuilder().Build()).BuildServiceProvider();
        // JIT and AngleSharp's tables warm up outside the timed inputs.
        _ = CreateSut().Extract(GoldenPages.Load("arabic/cnn-arabic-2013.html.gz"));
    }

    [OneTimeTearDown]
    public void OneTimeTearDown() => _services.Dispose();

    [Test]
    public void Extract_RandomBytes_ReturnsOrThrowsNotAnArticle()
    {
        var sut = CreateSut();
        var gen = Gen.Select(Gen.Byte.Array[0, 4000], Gen.Int[0, ContentTypes.Length - 1], Gen.Int[0, Charsets.Length - 1],
            (bytes, type, charset) => new FetchedPage(new Uri("https://news.example/a"), bytes, ContentTypes[type], Charsets[charset]));

        Fuzz.Check(gen, 300, page => AssertContract(sut, page), Describe);
    }

    [Test]
    public void Extract_RandomMarkup_ReturnsOrThrowsNotAnArticle()
    {
        var sut = CreateSut();
        var gen = Mutations.Text(HtmlFragments.All, 300).Select(html => GoldenPages.FromHtml(html));

        Fuzz.Check(gen, 300, page => AssertContract(sut, page), Describe);
    }

    [Test]
    public void Extract_MutatedGoldenPages_ReturnsOrThrowsNotAnArticle()
    {
        var sut = CreateSut();
        byte[][] pages =
        [
            .. new[] { "arabic/cnn-arabic-2013.html.gz", "arabic/lbcgroup-2026.html.gz", "scrapinghub/cbslocal-eee.html.gz", "scrapinghub/sciencealert-europa.html.gz" }
                .Select(p => GoldenPages.Load(p).Content.ToArray()),
            File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Samples", "trump-putin-call.html")),
        ];
        var gen = Gen.Select(Mutations.Of(pages, HtmlFragments.All), Gen.Int[0, Charsets.Length - 1],
            (bytes, charset) => new FetchedPage(new Uri("https://news.example/a"), bytes, "text/html", Charsets[charset]));

        Fuzz.Check(gen, 120, page => AssertContract(sut, page), Describe);
    }

    private static void AssertContract(IContentExtractor sut, FetchedPage page)
    {
        try
        {
            var article = sut.Extract(page);
            Assert.That(article.Paragraphs, Is.Not.Empty);
        }
        catch (SummarizerException ex) when (ex.Kind == FailureKind.NotAnArticle)
        {
            // The documented outcome for a page without an article.
        }
    }

    private static string Describe(FetchedPage page) => $"{page.ContentType ?? "(no type)"}; charset {page.Charset ?? "(none)"}; {Fuzz.Describe(page.Content.ToArray())}";

    private IContentExtractor CreateSut() => _services.GetRequiredService<IContentExtractor>();
}
