using CsCheck;
using Summarizer.Extraction.Metadata;

namespace Summarizer.Core.Tests.Fuzzing;

/// <summary>Date-like text of every kind pages write, scrambled: <see cref="DateText.TryParse"/> answers true or false, never throws.</summary>
[TestFixture]
public sealed class DateTextFuzzTests
{
    private static readonly string[] Fragments =
    [
        "2024", "1999", "9999", "0000", "12", "31", "29", "02", "13", "0", "00", "99", "١٢", "٢٠٢٤", "۱۴۰۲", "٣", "-", ":", "/", ".", ",", "، ", " ", "\t", "T", "Z",
        "+03:00", "+99:99", "-14", "+3", "GMT", "UTC", "(GMT +3)", "بتوقيت غرينتش", "م", "ص", "مساءً", "صباحا", "pm", "a.m.", "AM", "st", "nd", "th",
        "يناير", "فبراير", "كانون الثاني", "كانون الأول", "تشرين الأول", "آب", "أغسطس/آب", "من", "الأحد",
        "January", "Mar.", "sept", "dec", "2024-02-30", "2024-13-45T99:99:99Z", "2024-03-03T10:30:00.1234567+03:00", "10:30", "25:99", "23:59:60",
        "२०२४", "१२", "１２", "２０２４", "߁߂", "᠑", "𝟐𝟎𝟐𝟒", "\u0000", "\uFEFF", "\u200F",
    ];

    [Test]
    public void TryParse_ScrambledDateText_ReturnsWithoutThrowing()
    {
        Fuzz.Check(Mutations.Text(Fragments, 24), 3000, AssertContract, Fuzz.Describe);
    }

    [Test]
    public void TryParse_RandomStrings_ReturnsWithoutThrowing()
    {
        Fuzz.Check(Gen.String, 2000, AssertContract, Fuzz.Describe);
    }

    private static void AssertContract(string text)
    {
        if (DateText.TryParse(text, out var value))
        {
            Assert.That(value.Year, Is.InRange(1900, 9999));
        }
    }
}
