using Summarizer.Extraction;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Core.Tests.Summarization.Llm;

/// <summary>A short Arabic news article and answers about it: grounded, English, with an invented number.</summary>
internal static class LlmTestArticles
{
    public const string Title = "الحكومة تعلن خطة لبناء 120 مدرسة جديدة";

    public static readonly string[] Paragraphs =
    [
        "أعلنت وزارة التربية والتعليم يوم الأحد عن خطة لبناء 120 مدرسة جديدة في المحافظات الجنوبية خلال ثلاث سنوات.",
        "وقال وزير التربية إن تكلفة الخطة تبلغ 450 مليون دولار، وإن الحكومة ستمولها من الموازنة العامة ومن قرض دولي.",
        "وأضاف الوزير أن المدارس الجديدة ستستوعب نحو 60 ألف طالب، وأن العمل سيبدأ في شهر مارس المقبل.",
        "ورحب أولياء الأمور بالخطة، مؤكدين أن الاكتظاظ في الفصول الدراسية بلغ مستويات غير مسبوقة.",
        "وأشار تقرير رسمي إلى أن متوسط عدد الطلاب في الفصل الواحد وصل إلى 55 طالبا في بعض المناطق.",
    ];

    public const string Summary = "أعلنت وزارة التربية والتعليم خطة لبناء 120 مدرسة جديدة في المحافظات الجنوبية خلال ثلاث سنوات.";

    public static readonly string[] KeyPoints =
    [
        "تبلغ تكلفة الخطة 450 مليون دولار من الموازنة العامة ومن قرض دولي.",
        "ستستوعب المدارس الجديدة نحو 60 ألف طالب ويبدأ العمل في شهر مارس.",
        "وصل متوسط عدد الطلاب في الفصل الواحد إلى 55 طالبا في بعض المناطق.",
    ];

    public static ExtractedArticle Article(params string[] extraParagraphs) => new()
    {
        Title = Title,
        Paragraphs = [.. Paragraphs, .. extraParagraphs],
        Language = "ar",
        Direction = "rtl",
        Url = new Uri("https://news.example/schools"),
    };

    public static FakeReply Grounded() => FakeReply.Answer(Summary, KeyPoints);

    public static FakeReply English() => FakeReply.Answer(
        "The education ministry announced a plan to build 120 new schools in the southern provinces.",
        "The plan costs 450 million dollars.", "The schools will take about 60 thousand students.", "Work starts in March.");

    public static FakeReply InventedNumber() => FakeReply.Answer(Summary,
        KeyPoints[0], "ستستوعب المدارس الجديدة نحو 75 ألف طالب ويبدأ العمل في شهر مارس.", KeyPoints[2]);
}
