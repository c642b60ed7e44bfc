using Summarizer.Extraction.Metadata;

namespace Summarizer.Core.Tests.Extraction;

/// <summary>The small readers behind date evidence: URL days, two-digit years, script keys.</summary>
[TestFixture]
public class DatePatternTests
{
    [TestCase("https://news.example/2019/06/27/haushalt/", "2019-06-27")]
    [TestCase("https://news.example/meldungen/29-10-2021", "2021-10-29")]
    [TestCase("https://news.example/news-29_10_2021_haushalt", "2021-10-29")]
    [TestCase("https://news.example/termine/13.01.2020.html", "2020-01-13")]
    public void Read_UrlWithDay_ReadsIt(string url, string expected) =>
        Assert.That(UrlDate.Read(new Uri(url))?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));

    [TestCase("https://news.example/meldungen/03-04-2021")] // 3 April or March 4: US paths write the month first
    [TestCase("https://news.example/a/31-13-2021")]
    [TestCase("https://news.example/produkt-1-10-2021x")]
    [TestCase("https://news.example/archiv/2021/10/")]
    public void Read_UrlWithoutCertainDay_Null(string url) =>
        Assert.That(UrlDate.Read(new Uri(url)), Is.Null);

    [TestCase("30.10.23", "30.10.2023")]
    [TestCase("Party, 30.10.23", "Party, 30.10.2023")]
    [TestCase("31.10.23 | 14:05", "31.10.2023 | 14:05")]
    public void Expand_TwoDigitYearDateline_WritesCentury(string text, string expected) =>
        Assert.That(ShortYear.Expand(text), Is.EqualTo(expected));

    [TestCase("Version 1.2.23")]
    [TestCase("3.10.23")]
    [TestCase("Tel. 12.34.56")]
    [TestCase("Am 30.10.23 hat der Gemeinderat lange über den neuen Haushalt der Stadt beraten")]
    [TestCase("30.10.234")]
    public void Expand_NotATwoDigitYearDateline_Null(string text) =>
        Assert.That(ShortYear.Expand(text), Is.Null);

    [Test]
    public void Read_PublicationKeys_FirstValueOfEachKey()
    {
        const string source = """
            <script>dataLayer.push({"cmsPublishingDate":"2022-01-25"});
            var related = [{"cmsPublishingDate":"2021-12-01"}]; var state = {'firstPublishDate': '2022-01-24T10:00:00Z', "modifiedPublishDate": "2023-01-01"};</script>
            """;

        Assert.That(ScriptDates.Read(source), Is.EqualTo(new[] { "2022-01-25", "2022-01-24T10:00:00Z" }));
    }

    [Test]
    public void Read_PublicationKeyInEscapedJson_ReadsIt() =>
        Assert.That(ScriptDates.Read("""<script>var s = "{\"publishedAt\":\"2023-04-01T10:00:00.000Z\"}";</script>"""), Is.EqualTo(new[] { "2023-04-01T10:00:00.000Z" }));

    [Test]
    public void Read_PublisherNameAndProse_NoDate() =>
        Assert.That(ScriptDates.Read("""<p>Published 2023-04-01 by us</p><script>{"publisher":"Gemeinde 2023"}</script>"""), Is.Empty);
}
