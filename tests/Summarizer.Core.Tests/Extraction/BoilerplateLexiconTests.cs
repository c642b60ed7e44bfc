using Summarizer.Extraction.Html;

namespace Summarizer.Core.Tests.Extraction;

[TestFixture]
public class BoilerplateLexiconTests
{
    private static LexiconKind Match(string text) => BoilerplateLexicon.Match(text, text.Count(char.IsLetterOrDigit));

    [TestCase("Mehr zum Thema")]
    [TestCase("MEHR ZUM THEMA »")]
    [TestCase("Temas relacionados")]
    [TestCase("Zobacz także:")]
    [TestCase("À lire aussi")]
    [TestCase("Leggi anche")]
    [TestCase("Leia também")]
    [TestCase("İlgili Haberler")]
    [TestCase("اقرأ أيضاً")]
    [TestCase("مطالب مرتبط")]
    [TestCase("یہ بھی پڑھیں")]
    public void Match_RelatedLabelInAnyListedLanguage_IsRelated(string label) =>
        Assert.That(Match(label), Is.EqualTo(LexiconKind.Related));

    [TestCase("Quelle: dpa")]
    [TestCase("Titelbild: Max Mustermann")]
    [TestCase("Źródło: GUS")]
    [TestCase("Crédits photos : AFP")]
    public void Match_ShortMetaLine_IsMeta(string line) =>
        Assert.That(Match(line), Is.EqualTo(LexiconKind.Meta));

    [TestCase("Jetzt spenden und unabhängigen Journalismus unterstützen!")]
    [TestCase("Suscríbete a nuestro boletín")]
    [TestCase("Abonnez-vous à notre newsletter")]
    public void Match_CallToAction_IsAction(string line) =>
        Assert.That(Match(line), Is.EqualTo(LexiconKind.Action));

    [TestCase("Mehrere Züge fielen am Morgen aus.")]
    [TestCase("Quelle der Unruhe ist ein Streit über Fahrpreise.")]
    [TestCase("Relatedness of the two studies was low.")]
    public void Match_ProseStartingWithALabelsLetters_IsNone(string sentence) =>
        Assert.That(Match(sentence), Is.EqualTo(LexiconKind.None));

    [Test]
    public void Match_LongParagraphStartingWithALabel_IsNone()
    {
        var paragraph = "Mehr zum Thema Verkehr: " + string.Concat(Enumerable.Repeat("Die Stadt plant neue Radwege entlang der Ringstraße. ", 5));

        Assert.That(Match(paragraph), Is.EqualTo(LexiconKind.None));
    }

    [Test]
    public void Parse_ColonPhrase_NeedsTheColon()
    {
        var phrases = BoilerplateLexicon.Parse("[meta]\nQuelle:\n[related]\nAuch interessant\n");

        Assert.That(phrases["quelle"].Single().NeedsColon, Is.True);
        Assert.That(phrases["auch"].Single().Words, Is.EqualTo(new[] { "auch", "interessant" }));
        Assert.That(phrases["auch"].Single().Kind, Is.EqualTo(LexiconKind.Related));
    }
}
