using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Core.Tests.Summarization.Extractive;
using Summarizer.Extraction;
using Summarizer.Summarization;
using Summarizer.Summarization.Extractive;

namespace Summarizer.Core.Tests.Summarization;

/// <summary>
/// The extractive summarizer keeps the one summary contract: its limits are bound to Summarizer:SummaryContract, and
/// every box it writes passes <see cref="SummaryContract.Check"/> (an extractive box that breaks it fails here).
/// </summary>
[TestFixture]
public sealed class ExtractiveContractTests
{
    private static readonly string[] Health =
    [
        "قالت وزارة الصحة إن عدد الحالات الجديدة ارتفع إلى مئة وعشرين حالة خلال الأسبوع الماضي في أنحاء البلاد.",
        "وأضافت الوزارة أن المستشفيات في العاصمة تعمل بكامل طاقتها منذ يوم الأحد الماضي بسبب الضغط المتزايد.",
        "وأوضح المتحدث باسم الوزارة أن فرقا طبية إضافية وصلت إلى المدن الشمالية صباح اليوم لدعم الطواقم المحلية.",
        "ودعت الوزارة المواطنين إلى الالتزام بالإرشادات الصحية وتجنب التجمعات الكبيرة في الأسواق والمساجد.",
        "وأشار التقرير إلى أن حملة التطعيم ستبدأ في المدارس مطلع الشهر المقبل بحسب الخطة التي أقرتها الحكومة.",
        "وقال مدير أحد المستشفيات إن الأسرة المخصصة للحالات الحرجة امتلأت بنسبة تسعين في المئة خلال يومين.",
    ];

    private static readonly string[] Port =
    [
        "افتتحت الحكومة يوم الثلاثاء ميناء تجاريا جديدا على الساحل الغربي بتكلفة بلغت ثلاثمئة مليون دولار.",
        "ويستقبل الميناء السفن الكبيرة التي لم تكن تستطيع الرسو في الموانئ القديمة بسبب ضحالة المياه.",
        "وقال وزير النقل في حفل الافتتاح إن الميناء سيوفر نحو ألفي فرصة عمل لأبناء المنطقة خلال العام الأول.",
        "وتتوقع الحكومة أن يضاعف الميناء حجم الصادرات الزراعية إلى دول الجوار خلال السنوات الخمس المقبلة.",
        "وانتقد نواب في البرلمان تأخر المشروع عامين عن موعده الأصلي وارتفاع تكلفته عن التقديرات الأولى.",
    ];

    public static IEnumerable<TestCaseData> Articles()
    {
        yield return new TestCaseData("health", (Func<ExtractedArticle>)(() => Article("ارتفاع الحالات الجديدة", Health)));
        yield return new TestCaseData("port", (Func<ExtractedArticle>)(() => Article("افتتاح ميناء جديد", Port)));
        yield return new TestCaseData("short", (Func<ExtractedArticle>)(() => Article("ارتفاع الحالات", Health[..2])));
        yield return new TestCaseData("seed", (Func<ExtractedArticle>)SeedArticle.Load);
    }

    [TestCaseSource(nameof(Articles))]
    public async Task SummarizeAsync_Article_BoxKeepsTheContract(string name, Func<ExtractedArticle> load)
    {
        using var services = CreateServices();
        var article = load();

        var box = await services.GetRequiredService<ExtractiveSummarizer>().SummarizeAsync(article, CancellationToken.None);

        Assert.That(Contract(services).Check(box, article), Is.Empty, $"{name}: «{box.Summary}» / {string.Join(" | ", box.KeyPoints)}");
    }

    [Test]
    public async Task SummarizeAsync_ContractOfAtMostThreePoints_ExtractiveWritesAtMostThree()
    {
        using var services = CreateServices(("Summarizer:SummaryContract:MaxKeyPoints", "3"));
        var article = SeedArticle.Load();

        var box = await services.GetRequiredService<ExtractiveSummarizer>().SummarizeAsync(article, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(services.GetRequiredService<IOptions<ExtractiveSummarizerOptions>>().Value.MaxKeyPoints, Is.EqualTo(3));
            Assert.That(box.KeyPoints, Has.Count.EqualTo(3));
            Assert.That(Contract(services).Check(box, article), Is.Empty);
        });
    }

    [Test]
    public async Task Check_ExtractiveLimitsLooserThanTheContract_TheBreakIsCaught()
    {
        // The extractive summarizer built by hand, away from the contract: the check is what catches it.
        var article = SeedArticle.Load();
        var box = await ExtractiveSummarizerFactory.Create(new ExtractiveSummarizerOptions { MaxKeyPoints = 5 }).SummarizeAsync(article, CancellationToken.None);
        Assert.That(box.KeyPoints, Has.Count.GreaterThan(3), "the seed article gives more than three points");

        var issues = new SummaryContract { MaxKeyPoints = 3 }.Check(box, article);

        Assert.That(issues, Has.One.Contains($"{box.KeyPoints.Count} key points; at most 3"));
    }

    [Test]
    public void Options_ExtractiveSettingAboveTheContract_FailsValidation()
    {
        using var services = CreateServices(("Summarizer:SummaryContract:MaxKeyPoints", "4"), ("Summarizer:Extractive:MaxKeyPoints", "5"));

        var error = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<ExtractiveSummarizerOptions>>().Value);

        Assert.That(error!.Message, Does.Contain("must lie within Summarizer:SummaryContract"));
    }

    [Test]
    public void Options_OldExtractiveSettingWithinTheContract_StillWins()
    {
        using var services = CreateServices(("Summarizer:Extractive:MaxKeyPoints", "4"));

        Assert.That(services.GetRequiredService<IOptions<ExtractiveSummarizerOptions>>().Value.MaxKeyPoints, Is.EqualTo(4));
    }

    private static ServiceProvider CreateServices(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddExtractiveSummarizer(configuration);
        services.AddSummarization(configuration);
        return services.BuildServiceProvider();
    }

    private static SummaryContract Contract(IServiceProvider services) => services.GetRequiredService<IOptions<SummaryContract>>().Value;

    private static ExtractedArticle Article(string title, string[] paragraphs) =>
        new() { Title = title, Paragraphs = paragraphs, Language = "ar", Direction = "rtl" };
}
