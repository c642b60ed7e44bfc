using Summarizer.Summarization.Extractive;

namespace Summarizer.Core.Tests.Summarization.Extractive;

/// <summary>Hand-written opinion-column sentences: a later clause is a key point only when it stands as a sentence of its own.</summary>
[TestFixture]
public sealed class ClauseSplitterTests
{
    private static IReadOnlyList<string> Clauses(string sentence) =>
        ClauseSplitter.Clauses(sentence, preferredWords: 25, maxWords: 40).Select(c => c.Text).ToList();

    private const string Column =
        "لم يعد الحديث عن أمجاد النادي القديمة يجدي نفعا لأحد من جماهيره الوفية في المدينة، " +
        "وأصبح الجيل الجديد من المشجعين لا يعرف أسماء النجوم الذين صنعوا تلك الأمجاد قبل عشرين عاما، " +
        "وفاز بالكأس في آخر موسم قبل أن يغيب عن منصات التتويج طويلا، " +
        "ولا يمكن أن تعود البطولات إلى خزائنه دون مشروع واضح لتكوين المواهب الصغيرة.";

    [Test]
    public void Clauses_ConjunctionWithOwnSubject_WholeClause() =>
        Assert.That(Clauses(Column), Does.Contain("أصبح الجيل الجديد من المشجعين لا يعرف أسماء النجوم الذين صنعوا تلك الأمجاد قبل عشرين عاما."));

    [Test]
    public void Clauses_AttributionAfterKama_NotAClause()
    {
        // "، كما أفاد مصدر حكومي ..." says who told the fact before it; alone it tells nothing.
        var clauses = Clauses("توصلت الحكومة إلى اتفاق مع الشركة الموزعة لبث مباريات كأس العالم عبر التلفزيون الرسمي ليتمكن المواطنون من متابعتها مجانا في منازلهم، كما أفاد مصدر حكومي الخميس من دون الكشف عن اسمه.");

        Assert.That(clauses.Any(c => c.Contains("أفاد", StringComparison.Ordinal)), Is.False, string.Join('\n', clauses));
    }

    [Test]
    public void Clauses_VerbWithImpliedSubjectOrParticle_NotAClause()
    {
        var clauses = Clauses(Column);

        Assert.That(clauses.Any(c => c.StartsWith("فاز", StringComparison.Ordinal) || c.StartsWith("لا يمكن", StringComparison.Ordinal)), Is.False, string.Join('\n', clauses));
    }

    [Test]
    public void Clauses_ImpliedSpeakerOfTheSentence_Named()
    {
        const string sentence = "قال وزير المالية في مؤتمر صحفي عقده صباح اليوم إن العجز في الموازنة تراجع إلى أدنى مستوى له منذ عشر سنوات، " +
            "وأضاف أن الحكومة ستخصص فائض الإيرادات لسداد جزء من الديون الخارجية المستحقة هذا العام.";

        Assert.That(Clauses(sentence), Is.EqualTo(new[] { "أضاف وزير المالية أن الحكومة ستخصص فائض الإيرادات لسداد جزء من الديون الخارجية المستحقة هذا العام." }));
    }

    [Test]
    public void Clauses_ClauseEndsBeforeNextIndependentClause_NotInsideIt()
    {
        const string sentence = "تراجعت أسعار النفط في الأسواق العالمية خلال تعاملات الأسبوع الماضي بنسبة كبيرة، " +
            "وارتفعت أسعار الذهب إلى أعلى مستوى لها منذ ستة أشهر مع تزايد الإقبال على الملاذات الآمنة في الأسواق، " +
            "والبنوك المركزية تواصل شراء المعدن الأصفر بكميات قياسية لتنويع احتياطياتها من العملات الأجنبية.";

        Assert.That(Clauses(sentence), Is.EqualTo(new[]
        {
            "ارتفعت أسعار الذهب إلى أعلى مستوى لها منذ ستة أشهر مع تزايد الإقبال على الملاذات الآمنة في الأسواق.",
            "البنوك المركزية تواصل شراء المعدن الأصفر بكميات قياسية لتنويع احتياطياتها من العملات الأجنبية.",
        }));
    }

    [Test]
    public void Clauses_CoordinatedObjectAfterComma_NotAClause() =>
        Assert.That(Clauses("دعا الاتحاد الأوروبي الأطراف المتنازعة إلى وقف فوري لإطلاق النار في المنطقة، والعمل على فتح ممرات آمنة لإيصال المساعدات الإنسانية إلى المدنيين."), Is.Empty);

    [Test]
    public void Clauses_SkipConnectiveAfterConjunction_NotAClause() =>
        Assert.That(Clauses("أصبح الحديث عن إنجازات الماضي أشبه بالحديث عن أطلال مدينة مهجورة لا يزورها أحد، وبالتالي فإن التغني بها لا يعيد للفريق شيئا من بريقه القديم."), Is.Empty);

    [Test]
    public void Clauses_PurposeClauseAfterComma_NotAClause()
    {
        const string sentence = "فرضت الحكومة قيودا جديدة على تصدير القمح والشعير إلى الدول المجاورة خلال الأشهر المقبلة، " +
            "وبحيث يظل المخزون المحلي كافيا لتغطية حاجة الأسواق حتى موعد الحصاد القادم في الربيع.";

        Assert.That(Clauses(sentence).Any(c => c.StartsWith("بحيث", StringComparison.Ordinal)), Is.False, string.Join('\n', Clauses(sentence)));
    }

    [Test]
    public void Clauses_ItemsOfAList_NotClauses()
    {
        const string sentence = "وتشمل الجهود المشتركة للمبادرة ست وكالات من البلدان الخمسة بما في ذلك مكتب الضرائب الأسترالي، " +
            "ووكالة الضرائب الكندية، ودائرة التحقيقات الضريبية الهولندية، وإدارة الضرائب والجمارك في المملكة المتحدة، " +
            "ودائرة الضرائب الداخلية والتحقيقات الجنائية الأميركية.";

        Assert.That(Clauses(sentence), Is.Empty);
    }

    [Test]
    public void Clauses_CoordinatedDefiniteObjectWithoutVerb_NotAClause() =>
        Assert.That(Clauses("وعرض رئيس الهيئة على مجلس الوزراء تقريرا تناول الهيكل التنظيمي للهيئة ومشروعاتها الجديدة في المحافظات، والموقف المالي للشركات التابعة لها، إلى جانب التحديات التي تواجه عمل الهيئة."), Is.Empty);

    [Test]
    public void Clauses_DefiniteSubjectWithItsVerb_Clause() =>
        Assert.That(Clauses("تراجعت أسعار النفط في الأسواق العالمية خلال تعاملات الأسبوع الماضي بنسبة كبيرة، والبنوك المركزية تواصل شراء المعدن الأصفر بكميات قياسية لتنويع احتياطياتها."),
            Is.EqualTo(new[] { "البنوك المركزية تواصل شراء المعدن الأصفر بكميات قياسية لتنويع احتياطياتها." }));

    [Test]
    public void Clauses_TitleAfterCommaInAList_NotAClause() =>
        Assert.That(Clauses("أطلع وزير الخارجية الأمريكي، مايك بومبيو، الرئيس الأمريكي دونالد ترامب، ومستشار الأمن القومي، جون بولتون، على فحوى اجتماعه بالعاهل السعودي في الرياض صباح الثلاثاء.")
            .Any(c => c.StartsWith("مستشار", StringComparison.Ordinal)), Is.False);

    [Test]
    public void Clauses_ClaimInsideReportedSpeech_NotAClause() =>
        Assert.That(Clauses("وعن علاقة بلاده بالولايات المتحدة، قال ولي العهد في المقابلة إن الرئيس الأمريكي هو الرئيس المنتخب، والعلاقات بين البلدين تاريخية وتعود إلى ثمانين عاما مضت."), Is.Empty);

    [Test]
    public void Clauses_ResultClauseWithAPartOfAWholeAsSubject_Clause() =>
        Assert.That(Clauses("قاطع المشجعون مباريات الدوري طوال الشهر الماضي احتجاجا على قرار حل الروابط، حتى أن الكثير من الأندية وجدت نفسها تلعب أمام مدرجات خالية من الجماهير، وأيضا خسرت جزءا كبيرا من مداخيلها."),
            Does.Contain("الكثير من الأندية وجدت نفسها تلعب أمام مدرجات خالية من الجماهير، وأيضا خسرت جزءا كبيرا من مداخيلها."));

    [Test]
    public void Clauses_ComplementizerOfAnotherVerbFarAfterAReportingVerb_ClauseKept() =>
        // "يقول" is the decision's wording; "أنها" belongs to "ثبت", many words on: what follows is the column's own claim.
        Assert.That(Clauses("صدر القرار جازما ومقرونا بالنفاذ المعجل، يقول بحظر رفع اللافتات من أي نوع في جميع الملاعب، بل وبحل كل رابطة ثبت بالدلائل القاطعة أنها كانت متورطة في الشغب، والأندية الوطنية تدفع وحدها ثمن المقاطعة الطويلة للمباريات."),
            Does.Contain("الأندية الوطنية تدفع وحدها ثمن المقاطعة الطويلة للمباريات."));

    [Test]
    public void Clauses_ClauseAfterAComma_StartsAtItsFirstWord()
    {
        // A run-on's pieces are joined with one space: a clause that opens a piece must be tied to that piece.
        const string sentence = "قاطع المشجعون مباريات الدوري طوال الشهر الماضي احتجاجا على قرار حل الروابط، حتى أن الكثير من الأندية وجدت نفسها تلعب أمام مدرجات خالية من الجماهير.";
        var clause = ClauseSplitter.Clauses(sentence, preferredWords: 25, maxWords: 40).Single();

        Assert.That(sentence[clause.Start..], Does.StartWith("حتى أن"));
    }
}
