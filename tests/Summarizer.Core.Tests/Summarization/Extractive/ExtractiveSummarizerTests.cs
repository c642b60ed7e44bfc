using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Extraction;
using Summarizer.Summarization;
using Summarizer.Summarization.Extractive;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Summarization.Extractive;

[TestFixture]
public sealed class ExtractiveSummarizerTests
{
    private static readonly ArabicTextAnalyzer Analyzer = new();

    private static IArticleSummarizer CreateSut() => ExtractiveSummarizerFactory.Create();

    private static ExtractedArticle Article(string title, params string[] paragraphs) =>
        new() { Title = title, Paragraphs = paragraphs, Language = "ar" };

    [Test]
    public async Task SummarizeAsync_SeedArticle_SummaryHoldsLeadFact()
    {
        var result = await CreateSut().SummarizeAsync(SeedArticle.Load(), CancellationToken.None);

        // The lead fact: Trump and Putin hold a phone call today, before Trump meets Zelensky.
        Assert.That(result.Summary, Does.Contain("ترامب").And.Contain("بوتين").And.Contain("اتصالاً هاتفياً").And.Contain("زيلينسكي"));
        Assert.That(result.Summarizer, Is.EqualTo("extractive"));
        Assert.That(result.Model, Is.Null);
        Assert.That(result.PromptVersion, Is.EqualTo(ExtractiveSummarizer.AlgorithmVersion));
    }

    [Test]
    public async Task SummarizeAsync_SeedArticle_KeyPointsShortDistinctInArticleOrder()
    {
        var article = SeedArticle.Load();

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.KeyPoints, Has.Count.InRange(3, 5));
        Assert.That(result.KeyPoints.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length), Has.All.LessThanOrEqualTo(40));
        AssertDistinct(result.KeyPoints.Append(result.Summary).ToList());
        var positions = result.KeyPoints.Select(p => article.Text.IndexOf(p.TrimEnd('.')[..20], StringComparison.Ordinal)).ToList();
        Assert.That(positions, Has.All.GreaterThanOrEqualTo(0), "every key point is an extract of the article");
        Assert.That(positions, Is.Ordered);
    }

    [Test]
    public async Task SummarizeAsync_OnlyLongSentencesWithElaborations_ThreePointsCutBeforeTheElaborations()
    {
        // Every sentence after the lead runs past 40 words and has no secondary clause to cut: only cutting its
        // elaboration ("، لاسيما"، "، سواء"، "، خاصة") gives the three points the box promises.
        var article = Article(
            "خطة لتحديث السكك الحديدية في مصر",
            "أعلنت وزارة النقل المصرية الأحد خطة لتحديث شبكة السكك الحديدية في البلاد خلال خمس سنوات بتكلفة تبلغ ثلاثة مليارات دولار.",
            "أوضح وزير النقل في مؤتمر صحفي عقده بمقر الوزارة في العاصمة أن الخطة تشمل شراء ألف وثلاثمئة عربة ركاب جديدة من مصانع محلية ودولية خلال السنوات الثلاث المقبلة لتحل محل العربات القديمة التي تعمل على الخطوط الرئيسية منذ عقود طويلة، لاسيما خطوط الصعيد التي تنقل ملايين الركاب كل عام بين القاهرة وأسوان.",
            "وتعمل الوزارة منذ أشهر على تجهيز الورش والمحطات اللازمة لاستقبال العربات الجديدة بالتعاون مع شركات محلية وأجنبية متخصصة في صيانة القطارات وتشغيلها، سواء في ورش القاهرة الكبرى أو في ورش الإسكندرية وطنطا والمنصورة وأسيوط التي ستخضع كلها لتطوير شامل يستمر عامين كاملين قبل وصول العربات.",
            "وتتوقع الحكومة أن يرتفع عدد ركاب القطارات بعد اكتمال الخطة إلى أكثر من مليون ونصف مليون راكب يوميا في جميع المحافظات التي تمر بها خطوط السكك الحديدية في الدلتا والصعيد والقناة، خاصة بعد خفض أسعار التذاكر للطلاب وكبار السن والعاملين في القطاع الحكومي خلال العام المقبل.");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.KeyPoints, Has.Count.EqualTo(3));
        Assert.That(result.KeyPoints, Has.Some.EqualTo("تعمل الوزارة منذ أشهر على تجهيز الورش والمحطات اللازمة لاستقبال العربات الجديدة بالتعاون مع شركات محلية وأجنبية متخصصة في صيانة القطارات وتشغيلها."));
        Assert.That(result.KeyPoints, Has.None.Contains("لاسيما").And.None.Contains("سواء").And.None.Contains("خاصة بعد"));
        Assert.That(result.KeyPoints.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length), Has.All.LessThanOrEqualTo(40));
    }

    [Test]
    public async Task SummarizeAsync_LongQuotedStatementsAndAListOfLikeItems_SecondChoiceCutsInArticleOrder()
    {
        // Only one of the near-identical payment items can be a point; the two long statements give the others, cut before
        // "وذلك بواقع" and ", بواقع" with their quotations closed, the second ("أن ذلك جاء بعد") right after the one it leans on.
        string Payment(string which, string day) =>
            $"الدفعة {which}: ستكون أحقية الأرباح للمساهمين المسجلين بسجلات الشركة بنهاية تداول يوم {day} على أن يتم الصرف بعدها بعشرة أيام عمل من ثاني يوم تداول.";
        var article = Article(
            "تنازل رئيس مجلس الإدارة عن حصته من التوزيعات النقدية المقترحة لكامل السنة",
            "أعلنت شركة الاستثمار القابضة الخميس أن رئيس مجلس إدارتها قرر التنازل عن مليار ريال من أرباح أسهمه في الشركة لعام 2018.",
            "وقالت الشركة في بيان إن \"مجلس الإدارة أقر توزيع أرباح نقدية ربع سنوية من الأرباح المبقاة خلال عام 2018 بنسبة 1.25% من القيمة الاسمية للسهم وذلك بواقع 12.5 هللة ربعيا لكل سهم مصدر بحيث يصبح الإجمالي نصف ريال لكامل السنة بما مجموعه 163 مليون ريال لكل ربع سنة\".",
            "وأضافت الشركة أن ذلك جاء بعد \"تنازل رئيس مجلس الإدارة عن 34 هللة لكل سهم أو ما يعادل 1197 مليون ريال من حصته من التوزيعات النقدية المقترحة لكامل السنة، بواقع 8.5 هللة لكل سهم أو ما يعادل 299 مليون ريال من حصته من الأرباح الربعية\".",
            "وأوضح البيان أن أحقية الأرباح للدفعات ستكون كالتالي:",
            Payment("الأولى", "1 أبريل 2018"), Payment("الثانية", "1 يوليو 2018"), Payment("الثالثة", "30 سبتمبر 2018"), Payment("الرابعة", "31 ديسمبر 2018"));

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        var statement = "قالت الشركة في بيان إن \"مجلس الإدارة أقر توزيع أرباح نقدية ربع سنوية من الأرباح المبقاة خلال عام 2018 بنسبة 1.25% من القيمة الاسمية للسهم.\"";
        var waiver = "أضافت الشركة أن ذلك جاء بعد \"تنازل رئيس مجلس الإدارة عن 34 هللة لكل سهم أو ما يعادل 1197 مليون ريال من حصته من التوزيعات النقدية المقترحة لكامل السنة.\"";
        Assert.That(result.KeyPoints, Has.Count.EqualTo(3), string.Join('\n', result.KeyPoints));
        Assert.That(result.KeyPoints.Take(2), Is.EqualTo(new[] { statement, waiver }));
        Assert.That(result.KeyPoints[2], Does.StartWith("الدفعة"));
    }

    [Test]
    public void Select_SecondChoiceLeaningOnALessRelevantOne_PlacedAfterIt()
    {
        // The point that says "ذلك" ranks first but may only follow the sentence it leans on: a second round places it.
        var texts = new[]
        {
            "أعلنت شركة الاستثمار القابضة الخميس أن رئيس مجلس إدارتها قرر التنازل عن مليار ريال من أرباح أسهمه في الشركة لعام 2018.",
            "وقالت الشركة في بيان إن \"مجلس الإدارة أقر توزيع أرباح نقدية ربع سنوية من الأرباح المبقاة خلال عام 2018 بنسبة 1.25% من القيمة الاسمية للسهم وذلك بواقع 12.5 هللة ربعيا لكل سهم مصدر بحيث يصبح الإجمالي نصف ريال لكامل السنة بما مجموعه 163 مليون ريال لكل ربع سنة\".",
            "وأضافت الشركة أن ذلك جاء بعد \"تنازل رئيس مجلس الإدارة عن 34 هللة لكل سهم أو ما يعادل 1197 مليون ريال من حصته من التوزيعات النقدية المقترحة لكامل السنة، بواقع 8.5 هللة لكل سهم أو ما يعادل 299 مليون ريال من حصته من الأرباح الربعية\".",
            "ستكون أحقية الأرباح للمساهمين المسجلين بسجلات الشركة بنهاية تداول يوم الأول من أبريل على أن يتم الصرف بعدها بعشرة أيام عمل.",
        };
        var sentences = texts.Select((t, i) => new ArticleSentence(t, i, [], t.Split(' ').Length)).ToList();

        var points = new KeyPointSelector(Analyzer).Select(sentences, [1.0, 0.5, 0.9, 0.6], [0], texts[0], new ExtractiveSummarizerOptions());

        Assert.That(points, Has.Count.EqualTo(3), string.Join('\n', points));
        Assert.That(points[0], Does.StartWith("قالت الشركة في بيان"));
        Assert.That(points[1], Does.StartWith("أضافت الشركة أن ذلك جاء بعد"));
    }

    [TestCase("افعلوها الآن أو لا تتحدثوا عن عودة الجماهير إلى المدرجات..", "افعلوها الآن أو لا تتحدثوا عن عودة الجماهير إلى المدرجات.")]
    [TestCase("لن ننتظر طويلا حتى تعود البطولات...", "لن ننتظر طويلا حتى تعود البطولات.")]
    [TestCase("قال المدرب إن الفريق جاهز للمباراة", "قال المدرب إن الفريق جاهز للمباراة.")]
    [TestCase("قال المدرب: \"الفريق جاهز للمباراة...\"", "قال المدرب: \"الفريق جاهز للمباراة...\"")]
    public void Finish_AnyEnding_OneFullStop(string sentence, string expected) =>
        Assert.That(ExtractiveSummarizer.Finish(sentence), Is.EqualTo(expected));

    [Test]
    public async Task SummarizeAsync_SameArticleTwice_SameResult()
    {
        var sut = CreateSut();

        var first = await sut.SummarizeAsync(SeedArticle.Load(), CancellationToken.None);
        var second = await ExtractiveSummarizerFactory.Create().SummarizeAsync(SeedArticle.Load(), CancellationToken.None);

        Assert.That(second.Summary, Is.EqualTo(first.Summary));
        Assert.That(second.KeyPoints, Is.EqualTo(first.KeyPoints));
    }

    [Test]
    public async Task SummarizeAsync_LeadWithReportingVerb_PresentTenseNominalSummary()
    {
        var article = Article("وزير: لن نرفع الأسعار",
            "قال وزير المالية المصري إن الحكومة لن ترفع أسعار الوقود هذا العام رغم الضغوط.",
            "وأضاف الوزير في مؤتمر صحفي أن الموازنة تتحمل كلفة الدعم حتى نهاية السنة المالية.",
            "وكانت الحكومة قد رفعت الأسعار ثلاث مرات خلال العامين الماضيين.");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.Summary, Is.EqualTo("وزير المالية المصري يقول إن الحكومة لن ترفع أسعار الوقود هذا العام رغم الضغوط."));
    }

    [Test]
    public async Task SummarizeAsync_LeadIsQuestion_SummaryIsAStatement()
    {
        var article = Article("لغة يتحدثها ثلاثة أشخاص",
            "هل ترغب في تعلم بعض الكلمات من لغة لا يتكلمها سوى ثلاثة أشخاص في العالم؟",
            "لغة باديشي كانت تستخدم على نطاق واسع في واد بعيد في المنطقة الجبلية شمالي باكستان.",
            "ويقول الباحثون إن آخر المتحدثين بها تجاوزوا السبعين من العمر ولا يستخدمونها في حياتهم اليومية.");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.Summary, Does.Not.Contain("؟"));
    }

    [Test]
    public async Task SummarizeAsync_StandfirstThenLeadRestatingIt_LeadIsNoKeyPoint()
    {
        var article = Article("الرئيسان يتحدثان اليوم",
            "الرئيسان يجريان اتصالا هاتفيا لبحث إنهاء الحرب، قبل لقاء الرئيس الأمريكي بنظيره الأوكراني في واشنطن.",
            "قال مسؤول في البيت الأبيض إن الرئيس الأمريكي والرئيس الروسي سيجريان اتصالا هاتفيا اليوم الخميس قبل يوم من لقاء الرئيس الأمريكي بالرئيس الأوكراني في واشنطن.",
            "وجدد الرئيس الأمريكي خلال الأسابيع الماضية انتقاده لموسكو لرفضها إجراء محادثات سلام مباشرة مع كييف.",
            "وأشار مسؤول البيت الأبيض إلى أن المكالمة ستركز على سبل وقف القتال ودعم الجهود الدبلوماسية في المنطقة.",
            "ويأمل الرئيس الأوكراني أن تحصل بلاده على صواريخ بعيدة المدى لردع الهجمات على محطات الطاقة.",
            "وشنت القوات الروسية خلال الساعات الماضية غارات على مناطق في وسط البلاد أدت إلى انقطاع الكهرباء في عدة محافظات.");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.Summary, Does.StartWith("الرئيسان يجريان اتصالا هاتفيا"));
        Assert.That(result.KeyPoints.Any(p => p.Contains("سيجريان اتصالا هاتفيا", StringComparison.Ordinal)), Is.False, string.Join('\n', result.KeyPoints));
        Assert.That(result.KeyPoints, Has.Count.InRange(3, 5));
    }

    [Test]
    public async Task SummarizeAsync_StandfirstThenLeadWithOtherFigures_LeadIsAKeyPoint()
    {
        // Same frame, same words ("مجلس الوزراء"، "موازنة السنة المالية"، "سعر"), another fact: the oil price, not the dollar's.
        var article = Article("الموازنة الجديدة",
            "أعلن مجلس الوزراء المصري أنه تم تحديد سعر الدولار عند 17.25 جنيه في موازنة السنة المالية 2018-2019.",
            "وأوضح رئيس مجلس الوزراء المصري، المهندس شريف إسماعيل، أن موازنة السنة المالية 2018-2019 حددت سعر النفط عند 67 دولارا للبرميل.",
            "وقال رئيس الوزراء إن تحسن السعر سيكون لصالح الموازنة التي تصدر بقانون وتراجع كلما تحرك السعر.",
            "ويتضمن مشروع الموازنة تحقيق معدل نمو اقتصادي يصل إلى 5.8% وهو أعلى معدل منذ عشر سنوات.");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.Summary, Does.Contain("17.25"));
        Assert.That(result.KeyPoints.Any(p => p.Contains("67 دولارا للبرميل", StringComparison.Ordinal)), Is.True, string.Join('\n', result.KeyPoints));
    }

    [TestCase("قتل 20 شخصا في انفجار سيارة مفخخة وسط العاصمة صباح اليوم.", "قال مسؤول أمني إن 20 شخصا قتلوا في انفجار سيارة مفخخة وسط العاصمة.", false)]
    [TestCase("تحديد سعر الدولار عند 17.25 جنيه في موازنة 2018-2019.", "حددت موازنة 2018-2019 سعر النفط عند ٦٧ دولارا للبرميل.", true)]
    [TestCase("الرئيسان يجريان اتصالا هاتفيا لبحث إنهاء الحرب.", "قال مسؤول إن الرئيسين سيجريان اتصالا هاتفيا اليوم الخميس 12 يونيو.", false)]
    public void GiveOtherFigures_FiguresOfBothSentences_OtherOnlyWhenBothHaveSomeAndShareNone(string standfirst, string lead, bool other) =>
        Assert.That(Standfirst.GiveOtherFigures(standfirst, lead), Is.EqualTo(other));

    private static readonly string[] StoryThenOtherStories =
    [
        "قال وزير الدولة الإماراتي للشؤون الخارجية إن هناك فرقا بين التدخل في الشؤون الداخلية للدول وبين الحوار معها في ملف حقوق الإنسان، في إشارة إلى الأزمة بين السعودية وكندا.",
        "وكتب الوزير في تغريدة أن الحوار مع الدول في ملف حقوق الإنسان مقبول أما التدخل في شؤونها الداخلية فمرفوض.",
        "وأعلنت السعودية سلسلة من الإجراءات ضد كندا بعد انتقاد أوتاوا اعتقال ناشطين في المملكة.",
        "وجمدت الرياض التعاملات التجارية والاستثمارية الجديدة مع كندا واستدعت سفيرها من أوتاوا للتشاور.",
        "وأكد الوزير أن دول الخليج تقف مع السعودية في أزمتها مع كندا حتى تتراجع أوتاوا عن موقفها.",
        "أعلنت وكالة الأنباء الفلسطينية إصابة 18 فلسطينيا بجروح مختلفة في قصف استهدف مركزا ثقافيا غرب قطاع غزة.",
        "اقترح الرئيس التونسي تغيير مجلة الأحوال الشخصية لتحقيق المساواة في الميراث بين الرجل والمرأة.",
        "حقق المنتخب الأرجنتيني فوزا كبيرا على نظيره العراقي في افتتاح البطولة الرباعية الودية لكرة القدم.",
    ];

    [Test]
    public async Task SummarizeAsync_OtherStoriesAppendedToThePage_NoKeyPointFromThem()
    {
        var article = Article("قرقاش عن الأزمة السعودية الكندية: لا بد من التمييز بين الحوار والتدخل", StoryThenOtherStories);

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.KeyPoints, Has.Count.InRange(3, 5));
        Assert.That(result.KeyPoints.Any(p => p.Contains("غزة", StringComparison.Ordinal) || p.Contains("التونسي", StringComparison.Ordinal)
            || p.Contains("الأرجنتيني", StringComparison.Ordinal)), Is.False, string.Join('\n', result.KeyPoints));
    }

    [Test]
    public void DetachedTail_ThreeParagraphsWithoutATitleTerm_StartAtTheFirst()
    {
        var sentences = new SentenceExtractor(Analyzer).Extract(StoryThenOtherStories, CancellationToken.None);
        var title = Analyzer.ContentTerms("قرقاش عن الأزمة السعودية الكندية: لا بد من التمييز بين الحوار والتدخل").ToHashSet();

        Assert.That(DetachedTail.Start(sentences, title), Is.EqualTo(5));
        Assert.That(DetachedTail.Start(sentences.Where(s => s.Paragraph < 7).ToList(), title), Is.Null, "two paragraphs are closing background");
    }

    [Test]
    public async Task SummarizeAsync_LeadIsARunOnTheSplitterCuts_SummaryEndsAClause()
    {
        // Over 80 words without a full stop: the splitter cuts it at a comma, in the middle of "فمع ما كان ...، فإنه كان ...".
        var article = Article("الإحباط بعد حل روابط المشجعين",
            "كان من الضروري أن نتفهم عمق الإحباط وقوة الحسرة التي أصابت مؤسسي روابط المشجعين المساندة للأندية الوطنية، والقرار يصدر جازما ومقرونا بالنفاذ المعجل، يقضي بحظر رفع اللافتات الكبيرة من أي نوع في المدرجات، بل وبحل كل رابطة ثبت بالأدلة القاطعة أنها كانت متورطة في مشاهد العنف والشغب التي طالت الملاعب الوطنية في المواسم الأخيرة، فمع ما كان من تعبير عن شدة الغضب بالمقاطعة المعلنة للمباريات، حتى أن الكثير من الأندية وجدت نفسها تلعب أمام مدرجات خالية من الجماهير طوال أسابيع، فإنه كان على من أنيطت بهم مهمة تجفيف منابع الشغب عدم الاستسلام أمام مظاهر الهدنة.",
            "وتعامل القضاء مع أحداث الشغب الأخيرة بمتابعة المتورطين فيها طبقا للقانون.",
            "وعاقبت الجامعة النادي بمباراتين دون جمهور وبغرامة مالية كبيرة.",
            "ويرى خبراء أن تربية النشء على قيم الاعتدال والروح الرياضية هي السبيل الوحيد للحد من العنف في الملاعب.");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.Summary, Does.StartWith("كان من الضروري أن نتفهم عمق الإحباط"));
        Assert.That(result.Summary, Does.Not.Contain("فمع ما كان"), result.Summary);
    }

    [Test]
    public async Task SummarizeAsync_ArticleRepeatsAFact_OnlyOnceInTheBox()
    {
        var article = Article("غارة على مطار عسكري",
            "اتهمت روسيا وسوريا إسرائيل بالمسؤولية عن الغارة التي استهدفت مطار التيفور العسكري بين حمص وتدمر في وسط سوريا صباح الإثنين.",
            "وأعلن الجيش السوري أن دفاعاته الجوية تصدت لعدد من الصواريخ وأسقطت ثمانية منها قبل وصولها إلى أهدافها.",
            "وقال المرصد السوري لحقوق الإنسان إن الغارة أسفرت عن مقتل أربعة عشر عسكريا بينهم مقاتلون أجانب.",
            "ورفض الجيش الإسرائيلي التعليق على الاتهامات كعادته في مثل هذه الحالات التي تتعلق بعملياته في سوريا.",
            "وأكد الجيش الروسي أن طائرات حربية إسرائيلية قصفت مطار التيفور العسكري بين حمص وتدمر في وسط سوريا في وقت مبكر من صباح الإثنين.",
            "ويأتي الهجوم بعد يومين من هجوم كيميائي مفترض على مدينة دوما قرب العاصمة السورية دمشق.");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.KeyPoints.Any(p => p.Contains("قصفت مطار التيفور", StringComparison.Ordinal)), Is.False, string.Join('\n', result.KeyPoints));
    }

    [Test]
    public async Task SummarizeAsync_ListUnderAColon_OnePointWithItsItems()
    {
        var article = Article("مواعيد المنتخبات العربية",
            "تشارك منتخبات أربع دول عربية في نهائيات بطولة كأس العالم لكرة القدم التي تنطلق في روسيا الشهر المقبل.",
            "وفي ما يلي المنتخبات العربية المشاركة في دور المجموعات:",
            "المنتخب المصري",
            "المنتخب التونسي",
            "المنتخب المغربي",
            "المنتخب السعودي");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.KeyPoints, Is.EqualTo(new[] { "في ما يلي المنتخبات العربية المشاركة في دور المجموعات: المنتخب المصري، المنتخب التونسي، المنتخب المغربي، المنتخب السعودي." }));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("عاجل")]
    [TestCase("انتهى الاجتماع دون اتفاق.")]
    public void SummarizeAsync_TooLittleText_ThrowsNotAnArticle(string text)
    {
        var article = Article("عنوان", text);

        var ex = Assert.ThrowsAsync<SummarizerException>(() => CreateSut().SummarizeAsync(article, CancellationToken.None));

        Assert.That(ex!.Kind, Is.EqualTo(FailureKind.NotAnArticle));
    }

    [Test]
    public void SummarizeAsync_NoParagraphs_ThrowsNotAnArticle()
    {
        var ex = Assert.ThrowsAsync<SummarizerException>(() => CreateSut().SummarizeAsync(Article("عنوان"), CancellationToken.None));

        Assert.That(ex!.Kind, Is.EqualTo(FailureKind.NotAnArticle));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task SummarizeAsync_FiftyThousandWords_ReturnsSummary(CancellationToken cancellationToken)
    {
        var paragraphs = Enumerable.Range(0, 2500)
            .Select(i => $"أعلنت الحكومة في بيان رقم {i} أنها ستبني مدارس جديدة في المحافظات الجنوبية خلال العام المقبل.")
            .ToArray();

        var result = await CreateSut().SummarizeAsync(Article("خطة المدارس", paragraphs), cancellationToken);

        Assert.That(result.Summary, Does.Contain("مدارس"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task SummarizeAsync_FiftyThousandWordsWithoutPunctuation_ReturnsSummary(CancellationToken cancellationToken)
    {
        var text = string.Join(' ', Enumerable.Repeat("الحكومة تعلن خطة جديدة للمدارس والمستشفيات في الجنوب", 6250));

        var result = await CreateSut().SummarizeAsync(Article("خطة", text), cancellationToken);

        Assert.That(result.Summary.Split(' ').Length, Is.LessThanOrEqualTo(2 * SentenceSplitter.MaxSentenceWords));
    }

    [Test]
    public async Task SummarizeAsync_HeadlinesWithoutPunctuation_ResultFromHeadlines()
    {
        var article = Article("أخبار اليوم",
            "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب",
            "ارتفاع أسعار الذهب في الأسواق العالمية اليوم",
            "المنتخب الوطني يفوز على ضيفه بثلاثة أهداف نظيفة",
            "الأمم المتحدة تحذر من موجة جفاف تضرب شرق أفريقيا");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.Summary, Does.StartWith("الحكومة تعلن خطة جديدة"));
        Assert.That(result.KeyPoints, Has.Count.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task SummarizeAsync_EnglishArticle_SensibleSummary()
    {
        var article = new ExtractedArticle
        {
            Title = "Storm closes schools across the region",
            Paragraphs =
            [
                "A powerful storm closed hundreds of schools across the region on Monday, officials said.",
                "Meanwhile, emergency crews worked through the night to clear fallen trees from major roads.",
                "The weather service expects the storm to weaken by Wednesday, according to a statement.",
                "Power companies reported that 40,000 homes were still without electricity in the evening.",
            ],
            Language = "en",
        };

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.Summary, Does.StartWith("A powerful storm closed hundreds of schools"));
        Assert.That(result.KeyPoints, Does.Contain("Emergency crews worked through the night to clear fallen trees from major roads.")
            .Or.Contain("emergency crews worked through the night to clear fallen trees from major roads."));
    }

    [Test]
    public async Task SummarizeAsync_EmojiAndLinks_IgnoresThemOrReportsNotEnoughText()
    {
        var article = Article("روابط",
            "😀😀😀 🎉🎉 https://example.com/a https://example.com/b @user #وسم",
            "أعلنت وزارة الصحة تسجيل انخفاض كبير في عدد الإصابات خلال الأسبوع الماضي في أنحاء البلاد.",
            "🔥🔥🔥 www.example.org 🔥🔥🔥",
            "وقالت الوزارة إن حملة التطعيم ستتواصل في المدارس والجامعات حتى نهاية الشهر المقبل.");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.Summary, Does.Contain("وزارة الصحة"));
        Assert.That(result.KeyPoints.Concat([result.Summary]), Has.None.Contain("http").And.None.Contain("🔥"));
    }

    [Test]
    public void SummarizeAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAsync<OperationCanceledException>(() => CreateSut().SummarizeAsync(SeedArticle.Load(), cancellation.Token));
    }

    [Test]
    public void AddExtractiveSummarizer_EmptyConfiguration_ResolvesExtractiveSummarizer()
    {
        using var provider = new ServiceCollection()
            .AddExtractiveSummarizer(new ConfigurationBuilder().Build())
            .BuildServiceProvider();

        var summarizer = provider.GetRequiredService<IArticleSummarizer>();

        Assert.That(summarizer.Name, Is.EqualTo(SummarizerSelector.ExtractiveName));
    }

    private static void AssertDistinct(IReadOnlyList<string> points)
    {
        for (var i = 0; i < points.Count; i++)
        {
            for (var j = i + 1; j < points.Count; j++)
            {
                var a = Analyzer.ContentTerms(points[i]).ToHashSet();
                var b = Analyzer.ContentTerms(points[j]).ToHashSet();
                var overlap = (double)a.Intersect(b).Count() / Math.Min(a.Count, b.Count);
                Assert.That(overlap, Is.LessThanOrEqualTo(KeyPointSelector.MaxOverlap), $"\"{points[i]}\" and \"{points[j]}\" repeat each other");
            }
        }
    }

    [Test]
    public async Task SummarizeAsync_ColumnWithDisclaimerAndSourceNote_NeitherIsAKeyPoint()
    {
        var article = Article("الفريق الأبيض يبحث عن بطولته الضائعة",
            "ودع الفريق الأبيض بطولة الكأس من الدور ربع النهائي بعد خسارته أمام منافسه التقليدي بهدفين دون رد في مباراة مثيرة.",
            "لم تكن الحالة الفنية للفريق تسمح له بالذهاب أبعد من هذا الدور رغم جهود مجلس الإدارة في سوق الانتقالات.",
            "وأصبح الحديث عن إنجازات الماضي أشبه بالبكاء على الأطلال بعد خمسة عشر عاما بلا لقب واحد.",
            "وتحتاج عودة النادي إلى منصات التتويج إلى جيل جديد من المواهب يصنعه قطاع الناشئين بصبر.",
            "*نقلا عن صحيفة الرياضة اليومية",
            "** جميع المقالات المنشورة تمثل رأي كتابها فقط.");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.KeyPoints, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(result.KeyPoints.Any(k => k.Contains("كتابها", StringComparison.Ordinal) || k.Contains("نقلا عن", StringComparison.Ordinal)), Is.False, string.Join('\n', result.KeyPoints));
    }

    [Test]
    public async Task SummarizeAsync_HashtagInText_ReadAsTheWordsItLinks()
    {
        var article = Article("جسر جديد بين البلدين",
            "كشف #وزير_النقل_البحريني، في مقابلة تلفزيونية، أن تكلفة الجسر الجديد بين البلدين تبلغ أربعة مليارات دولار.",
            "وأضاف أن الجسر يمتد على مسافة سبعين كيلومترا داخل البحر ويضم خطا للقطارات.",
            "وأشار إلى أن العمل جار حاليا على إنهاء أوراق المناقصات الخاصة بالمشروع.",
            "ويتوقع خبراء النقل أن يخفف الجسر الازدحام على الجسر القديم بنسبة كبيرة.");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.Summary, Does.Contain("وزير النقل البحريني"));
        Assert.That(result.KeyPoints.Concat([result.Summary]).Any(t => t.Contains('#', StringComparison.Ordinal)), Is.False);
        Assert.That(result.KeyPoints, Does.Contain("أضاف وزير النقل البحريني أن الجسر يمتد على مسافة سبعين كيلومترا داخل البحر ويضم خطا للقطارات."));
    }

    [Test]
    public async Task SummarizeAsync_ColumnOfLongSentences_ThreeWholeClauses()
    {
        var article = Article("النادي العريق وزمن البطولات",
            "خروج النادي العريق من الدور ربع النهائي لبطولة الكأس وضع نهاية حزينة لأحلام جماهيره الوفية بتحقيق اللقب التاسع في تاريخه الطويل، " +
            "وبعيدا عن العواطف فإن الحالة الفنية للفريق لم تكن تؤهله للذهاب أبعد من هذه المرحلة في بطولته المفضلة رغم كل الجهود التي بذلها مجلس الإدارة.",
            "الوقوف على الإرث التاريخي للفريق لم يعد يجدي نفعا مع جيل جديد من المشجعين لا يتذكر آخر بطولة حققها النادي قبل خمسة عشر عاما، " +
            "وأصبح الحديث عن إنجازات الزمن الجميل أشبه بالحديث عن أطلال مدينة مهجورة لا يزورها أحد من أبنائها، " +
            "وعودة النادي إلى زمن البطولات مرتبطة بعودة النجوم الذين كانوا يمثلون الدعامة الرئيسية للمنتخبات الوطنية في كل الأعمار، " +
            "والإدارة الحالية مطالبة بوضع خطة طويلة المدى لاكتشاف المواهب في الأحياء الشعبية وتأهيلها بصبر بعيدا عن ضغط النتائج.");

        var result = await CreateSut().SummarizeAsync(article, CancellationToken.None);

        Assert.That(result.KeyPoints, Has.Count.GreaterThanOrEqualTo(3), string.Join('\n', result.KeyPoints));
        Assert.That(result.KeyPoints, Does.Contain("أصبح الحديث عن إنجازات الزمن الجميل أشبه بالحديث عن أطلال مدينة مهجورة لا يزورها أحد من أبنائها."));
        Assert.That(result.KeyPoints.All(k => k.Split(' ').Length <= 40), Is.True);
    }
}
