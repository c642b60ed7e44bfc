using System.Text;
using Microsoft.Extensions.Options;
using Summarizer.Extraction;
using Summarizer.Extraction.PlainText;
using Summarizer.Fetching;

namespace Summarizer.Core.Tests.Extraction;

/// <summary>Plain text is held to <see cref="ExtractionOptions.MaxHtmlChars"/> like HTML: what lies past it is not read.</summary>
[TestFixture]
public sealed class PlainTextLimitsTests
{
    private const string Line = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية خلال العام المقبل.";

    [Test]
    public void Extract_ProsePastTheLimit_IsNotRead()
    {
        var text = new StringBuilder();
        while (text.Length < 50_000)
        {
            text.Append(Line).Append('\n');
        }

        text.Append("سطر-بعد-الحد\n");
        var page = new FetchedPage(null, Encoding.UTF8.GetBytes(text.ToString()), "text/plain", "utf-8");

        var article = CreateSut(maxChars: 20_000).Extract(page);

        Assert.That(article.Paragraphs, Is.Not.Empty);
        Assert.That(article.Paragraphs.Sum(p => p.Length + 1), Is.LessThanOrEqualTo(20_000));
        Assert.That(article.Paragraphs, Has.None.Contains("سطر-بعد-الحد"));
        Assert.That(article.Paragraphs, Is.All.EqualTo(Line), "cut at a line break, never inside a line");
    }

    [Test]
    public void Extract_TextUnderTheLimit_IsReadWhole()
    {
        var page = new FetchedPage(null, Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Repeat(Line, 5)) + "\nالسطر الأخير."), "text/plain", "utf-8");

        var article = CreateSut(maxChars: 20_000).Extract(page);

        Assert.That(article.Paragraphs[^1], Is.EqualTo("السطر الأخير."));
    }

    private static PlainTextExtractor CreateSut(int maxChars) =>
        new(Options.Create(new ExtractionOptions { MaxHtmlChars = maxChars, MinArticleLetters = 10 }));
}
