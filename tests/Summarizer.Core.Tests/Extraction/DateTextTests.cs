using Summarizer.Extraction.Metadata;

namespace Summarizer.Core.Tests.Extraction;

[TestFixture]
public class DateTextTests
{
    [TestCase("3 أغسطس 2013", 2013, 8, 3)]
    [TestCase("الأحد 15 يناير 2023", 2023, 1, 15)]
    [TestCase("1 كانون الثاني 2024", 2024, 1, 1)]
    [TestCase("٢٥ كانون الأول ٢٠٢٤", 2024, 12, 25)]
    [TestCase("الأربعاء، 28 آب/اغسطس 2013", 2013, 8, 28)]
    [TestCase("۷ تموز ۲۰۲۲", 2022, 7, 7)]
    [TestCase("9 تشرين الثاني 2019", 2019, 11, 9)]
    [TestCase("March 3, 2019", 2019, 3, 3)]
    [TestCase("3rd March 2019", 2019, 3, 3)]
    [TestCase("16.08.2019", 2019, 8, 16)]
    [TestCase("Donnerstag, 15.2.2018, 19:51", 2018, 2, 15)]
    [TestCase("Di, 21. April 2020 - 16:40", 2020, 4, 21)]
    [TestCase("Samstag, 5. Oktober 2013", 2013, 10, 5)]
    [TestCase("jeudi 13 juin 2019", 2019, 6, 13)]
    [TestCase("27 févr. 2019", 2019, 2, 27)]
    [TestCase("5 de junio de 2019", 2019, 6, 5)]
    [TestCase("14 Haziran 2021 Pazartesi", 2021, 6, 14)]
    [TestCase("3 Mart 2022", 2022, 3, 3)]
    [TestCase("Notizia del 14 Gennaio 2020", 2020, 1, 14)]
    [TestCase("5 czerwca 2019", 2019, 6, 5)]
    [TestCase("2019. június 5.", 2019, 6, 5)]
    [TestCase("2023年11月2日", 2023, 11, 2)]
    [TestCase("2023.11.02", 2023, 11, 2)]
    [TestCase("06/27/2019", 2019, 6, 27)]
    [TestCase("الأحد 16 ربيع الأول 1445 هـ الموافق 1 أكتوبر 2023", 2023, 10, 1)]
    [TestCase("الأحد ١٦ ربيع الأول ١٤٤٥ هـ - ١ تشرين الأول ٢٠٢٣", 2023, 10, 1)]
    public void TryParse_DateText_ReturnsGregorianDate(string text, int year, int month, int day)
    {
        var ok = DateText.TryParse(text, out var value);

        Assert.That(ok, Is.True);
        Assert.That(value.Date, Is.EqualTo(new DateTime(year, month, day)));
    }

    [Test]
    public void TryParse_ArabicWithTimeAndGmtOffset_KeepsOffset()
    {
        var ok = DateText.TryParse("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", out var value);

        Assert.That(ok, Is.True);
        Assert.That(value, Is.EqualTo(new DateTimeOffset(2013, 8, 28, 14, 0, 0, TimeSpan.FromHours(4))));
    }

    [Test]
    public void TryParse_ArabicPmMarker_AddsTwelveHours()
    {
        Assert.That(DateText.TryParse("٥ مايو ٢٠٢٤ - ٠٣:٣٠ م", out var value), Is.True);
        Assert.That(value.Hour, Is.EqualTo(15));
    }

    [Test]
    public void TryParse_IsoWithOffset_KeepsOffset()
    {
        Assert.That(DateText.TryParse("2024-02-29T10:15:00+03:00", out var value), Is.True);
        Assert.That(value, Is.EqualTo(new DateTimeOffset(2024, 2, 29, 10, 15, 0, TimeSpan.FromHours(3))));
    }

    [TestCase("")]
    [TestCase("لا يوجد تاريخ هنا")]
    [TestCase("31 فبراير 2024")]
    [TestCase("10.5 million")]
    [TestCase("25 كانون الثاني ٢٠२४")] // found by fuzzing: Devanagari digits matched \d and int.Parse threw
    [TestCase("3 March ２０２４")]
    [TestCase("Version 1.12.03.2019")]
    [TestCase("Tel. 030 12.34.5678")]
    [TestCase("16 ربيع الأول 1445 هـ")] // a Hijri date alone: its year is no Gregorian year
    [TestCase("١٦ رمضان ١٤٤٥")]
    public void TryParse_NotADate_ReturnsFalse(string text) =>
        Assert.That(DateText.TryParse(text, out _), Is.False);

    [Test]
    public void TryParse_UnderHijriDefaultCulture_StillGregorian()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.That(DateText.TryParse("2024-03-01T00:00:00Z", out var iso), Is.True);
            Assert.That(DateText.TryParse("1 مارس 2024", out var text), Is.True);
            Assert.That(DateText.TryParse("21. April 2020", out var german), Is.True);
            Assert.That(DateText.TryParse("٢٠٢٣/٠٣/٠٥", out var eastern), Is.True);
            Assert.That((iso.Year, text.Year, german.Date, eastern.Date), Is.EqualTo((2024, 2024, new DateTime(2020, 4, 21), new DateTime(2023, 3, 5))));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
