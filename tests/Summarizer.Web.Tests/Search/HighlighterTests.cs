using Summarizer.Text;
using Summarizer.Web.Search;

namespace Summarizer.Web.Tests.Search;

/// <summary>The marks follow the stores' rule: a word, or one of its stems of three letters or more, starts with a term's form.</summary>
[TestFixture]
public sealed class HighlighterTests
{
    private static string Marked(string text, string query) =>
        string.Concat(Highlighter.Split(text, Highlighter.Forms(ArabicSearchText.Terms(query))).Select(p => p.Match ? $"[{p.Text}]" : p.Text));

    [TestCase("أعلنت الحكومة خطة", "حكومة", "أعلنت [الحكومة] خطة")]
    [TestCase("دعم للحكومة وللوزير", "الحكومة", "دعم [للحكومة] وللوزير")]
    [TestCase("سهروا طوال الليل", "لليل", "سهروا طوال [الليل]")]
    [TestCase("في ليل طويل", "لليل", "في [ليل] طويل")]
    [TestCase("وصل إلى أَمْرِيكَا أمس", "امريكا", "وصل إلى [أَمْرِيكَا] أمس")]
    [TestCase("Trump met PUTIN", "putin", "Trump met [PUTIN]")]
    public void Split_WordOrItsStemMatches_Marked(string text, string query, string expected) =>
        Assert.That(Marked(text, query), Is.EqualTo(expected));

    [TestCase("قال الذي حضر", "ذي")]
    [TestCase("التي وصلت", "تي")]
    [TestCase("طرح فكرة جديدة", "كرة")]
    public void Split_StemTooShortOrBareLetter_NotMarked(string text, string query) =>
        Assert.That(Marked(text, query), Is.EqualTo(text));

    [Test]
    public void Split_WordLongerThanTheStackBuffer_StillMarked()
    {
        var word = "ال" + new string('ب', 100);

        Assert.That(Marked($"قبل {word} بعد", new string('ب', 10)), Is.EqualTo($"قبل [{word}] بعد"));
    }

    [Test]
    public void Html_MarkupInTheText_EncodedAndOnlyMarksAdded() =>
        Assert.That(
            Highlighter.Html("<b>الحكومة</b> & \"امريكا\"", Highlighter.Forms(ArabicSearchText.Terms("حكومة امريكا"))),
            Is.EqualTo("&lt;b&gt;<mark>الحكومة</mark>&lt;/b&gt; &amp; &quot;<mark>امريكا</mark>&quot;"));
}
