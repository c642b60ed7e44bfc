using Summarizer.Summarization.Extractive;

namespace Summarizer.Core.Tests.Summarization.Extractive;

[TestFixture]
public sealed class SentenceScorerTests
{
    [TestCase("يأتي ذلك قبل استضافة ترامب لزيلينسكي غداً")]
    [TestCase("وتأتي هذه التطورات وسط مخاوف أوروبية")]
    [TestCase("وفي هذا السياق قال الوزير إن الحكومة ستستقيل")]
    public void OpensWithReference_SentencePointingBack_IsTrue(string sentence) =>
        Assert.That(SentenceScorer.OpensWithReference(sentence), Is.True);

    [TestCase("أعلنت وزارة الصحة تسجيل 12 إصابة جديدة بالفيروس")]
    [TestCase("ويأمل زيلينسكي أن تساهم الصواريخ في ردع هجمات روسيا وهذه الهجمات متكررة")]
    public void OpensWithReference_SelfContainedSentence_IsFalse(string sentence) =>
        Assert.That(SentenceScorer.OpensWithReference(sentence), Is.False);
}
