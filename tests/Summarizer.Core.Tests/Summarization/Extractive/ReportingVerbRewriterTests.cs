using Summarizer.Summarization.Extractive;

namespace Summarizer.Core.Tests.Summarization.Extractive;

[TestFixture]
public sealed class ReportingVerbRewriterTests
{
    [TestCase("قال رئيس الوزراء إن الحكومة ستستقيل", "رئيس الوزراء يقول إن الحكومة ستستقيل")]
    [TestCase("قال رئيس وزراء لبنان إن الحكومة ستستقيل", "رئيس وزراء لبنان يقول إن الحكومة ستستقيل")]
    [TestCase("قال مسؤول في البيت الأبيض لوكالة رويترز إن الرئيسين سيتحدثان اليوم",
        "مسؤول في البيت الأبيض يقول لوكالة رويترز إن الرئيسين سيتحدثان اليوم")]
    [TestCase("أعلنت وزارة الصحة أن 12 إصابة جديدة سجلت", "وزارة الصحة تعلن أن 12 إصابة جديدة سجلت")]
    [TestCase("قالت الشركة القابضة، الخميس، إن أرباحها ارتفعت", "الشركة القابضة تقول، الخميس، إن أرباحها ارتفعت")]
    [TestCase("قال مدرب الفريق يوم الجمعة إن المهاجم تعافى من الإصابة", "مدرب الفريق يقول يوم الجمعة إن المهاجم تعافى من الإصابة")]
    [TestCase("قال سامي فريد، المدير السابق لوكالة الفضاء الوطنية، إن المهمة ستنطلق في الربيع",
        "سامي فريد، المدير السابق لوكالة الفضاء الوطنية، يقول إن المهمة ستنطلق في الربيع")]
    public void Rewrite_LeadWithReportingVerb_MovesVerbAfterSpeaker(string lead, string expected) =>
        Assert.That(ReportingVerbRewriter.Rewrite(lead), Is.EqualTo(expected));

    [TestCase("أكد الوزير: \"لن نتراجع\" عن القرار")]
    [TestCase("الحكومة قالت إن القرار نهائي")]
    [TestCase("قال مسؤولون إن وزير الداخلية نجا من محاولة اغتيال")]
    [TestCase("أكدت الشرطة الأمريكية القبض على الممثل فينس فون")]
    public void Rewrite_SpeakerNotDelimitedSafely_LeavesSentenceAlone(string lead) =>
        Assert.That(ReportingVerbRewriter.Rewrite(lead), Is.EqualTo(lead));
}
