namespace Summarizer.Cli.Tests.Support;

internal static class TestPages
{
    public static string SamplePath => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "trump-putin-call.html");

    public static string SampleHtml => File.ReadAllText(SamplePath);

    /// <summary>Body paragraphs of the sample, in order, as the seed article prints them.</summary>
    public static readonly string[] SampleParagraphStarts =
    [
        "قال مسؤول في البيت الأبيض لوكالة رويترز",
        "وتأتي هذه المكالمة في وقت يستعد فيه الزعيمان",
        "وقد جدد ترامب خلال الأسابيع الماضية",
        "وأشار مسؤول البيت الأبيض إلى أن المكالمة",
        "يأتي ذلك قبل استضافة ترامب لزيلينسكي",
        "ويأمل زيلينسكي أن تساهم الصواريخ",
        "وفي تعليقاته لتلك الزيارة",
        "وتأتي هذه التطورات وسط مخاوف أوروبية",
        "ففي الساعات الماضية شنّت روسيا",
        "وتجددت الدعوات الأوروبية عبر منظمة الأمن",
    ];

    /// <summary>Text from the sample's menus, ads, share and related blocks that must never reach the output.</summary>
    public static readonly string[] SampleBoilerplate =
    [
        "Advertisement", "الرئيسية", "اقرأ أيضاً", "أخبار ذات صلة", "الأكثر قراءة", "النشرة البريدية",
        "ملفات تعريف الارتباط", "شارك المقال", "فيسبوك", "جميع الحقوق محفوظة", "ابحث في الموقع",
    ];

    public static string TempFile(string name, byte[] content)
    {
        var directory = Path.Combine(Path.GetTempPath(), "summarizer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public static string TempFile(string name, string content) => TempFile(name, System.Text.Encoding.UTF8.GetBytes(content));
}
