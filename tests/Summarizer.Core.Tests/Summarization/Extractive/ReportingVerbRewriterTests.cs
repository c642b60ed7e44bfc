using Summarizer.Summarization.Extractive;

namespace Summarizer.Core.Tests.Summarization.Extractive;

[TestFixture]
public sealed class ReportingVerbRewriterTests
{
    [TestCase("قال رئيس الوزراء إن الحكومة ستستقيل", "رئيس الوزراء يقول إن الحكومة ستستقيل")]
    [TestCase("قال رئيس وزراء لبنان إن الحكومة ستستقيل", "رئيس وزراء لبنان يقول إن الحكومة ستستقيل")]
    [TestCase("قال مسؤول في البيت الأبيض لوكالة رويترز إن الرئيسين سيتحدثان اليوم",
        "مسؤول في البيت الأبيض يقول لوكالة رويترز إن الرئيسين سيتحدثان اليوم")]
    [TestCase("أعلنت وزارة الصحة عن 12 إصابة جديدة", "وزارة الصحة تعلن عن 12 إصابة جديدة")]
    public void Rewrite_LeadWithReportingVerb_MovesVerbAfterSpeaker(string lead, string expected) =>
        Assert.That(ReportingVerbRewriter.Rewrite(lead), Is.EqualTo(expected));

    [TestCase("أكد الوزير: \"لن نتراجع\" عن القرار")]
    [TestCase("الحكومة قالت إن القرار نهائي")]
    public void Rewrite_SpeakerNotDelimitedSafely_LeavesSentenceAlone(string lead) =>
        Assert.That(ReportingVerbRewriter.Rewrite(lead), Is.EqualTo(lead));
}
