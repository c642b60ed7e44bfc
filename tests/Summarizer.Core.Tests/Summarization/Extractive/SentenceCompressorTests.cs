using Summarizer.Summarization.Extractive;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Summarization.Extractive;

[TestFixture]
public sealed class SentenceCompressorTests
{
    private static readonly string[] SentencesWithNumbersOrNegations =
    [
        "قتل 12 شخصا في انفجار بالعاصمة، بحسب ما أفادت وزارة الداخلية.",
        "لم تعلن أي جهة مسؤوليتها عن الهجوم، وفق ما نقلت وكالة رويترز.",
        "وفي المقابل، نفت الحكومة (التي لم تعلق رسميا) أي علاقة لها بالحادث.",
        "وقال الوزير إن الحكومة لن تتراجع عن القرار، بحسب ما نقلت وكالة الأنباء الرسمية عن مصادر لم تسمها.",
        "كما ارتفع عدد الضحايا إلى ٣٥ شخصا (بينهم ٧ أطفال) وفقا لتقديرات الأمم المتحدة.",
        "Officials said the bridge was not damaged, according to Reuters.",
        "وأضاف أن الاتفاق لا يشمل 3 مناطق - بينها منطقتان لم يحدد موقعهما - في الشمال.",
        "ليس هناك ما يشير إلى وجود ناجين، حسبما قال مصدر في الدفاع المدني بعد 48 ساعة من البحث.",
    ];

    [Test]
    public void Compress_AttributionTail_Dropped()
    {
        var compressed = SentenceCompressor.Compress("سيطرت القوات على المدينة بالكامل، بحسب ما أفادت وزارة الدفاع.");

        Assert.That(compressed, Is.EqualTo("سيطرت القوات على المدينة بالكامل."));
    }

    [Test]
    public void Compress_AttributionTailNotToBeDropped_Kept()
    {
        const string sentence = "سيطرت القوات على المدينة بالكامل، بحسب ما أفادت وزارة الدفاع.";

        Assert.That(SentenceCompressor.Compress(sentence, dropAttribution: false), Is.EqualTo(sentence));
    }

    [Test]
    public void Compress_VafqMaNaqal_Dropped()
    {
        var compressed = SentenceCompressor.Compress("وصل الرئيس إلى العاصمة الفرنسية صباح اليوم وفق ما نقل التلفزيون الرسمي.");

        Assert.That(compressed, Is.EqualTo("وصل الرئيس إلى العاصمة الفرنسية صباح اليوم."));
    }

    [TestCase("وفي المقابل، رفضت المعارضة الاقتراح الحكومي الجديد.", "رفضت المعارضة الاقتراح الحكومي الجديد.")]
    [TestCase("كما أعلنت الوزارة إغلاق المدارس في المنطقة.", "أعلنت الوزارة إغلاق المدارس في المنطقة.")]
    [TestCase("وقال المتحدث إن المفاوضات ستستأنف الأسبوع المقبل.", "قال المتحدث إن المفاوضات ستستأنف الأسبوع المقبل.")]
    [TestCase("ونقلت الوكالة عن مصدر دبلوماسي قوله إن المفاوضات ستستأنف قريبا.", "نقلت الوكالة عن مصدر دبلوماسي قوله إن المفاوضات ستستأنف قريبا.")]
    [TestCase("ووفق القرار، ستبث القناة الرسمية اثنتين وعشرين مباراة.", "وفق القرار، ستبث القناة الرسمية اثنتين وعشرين مباراة.")]
    [TestCase("وكتبت القاضية في حكمها أن أحدا ليس فوق القانون.", "كتبت القاضية في حكمها أن أحدا ليس فوق القانون.")]
    [TestCase("وقد جدد الرئيس انتقاده للحكومة في خطابه أمام البرلمان أمس.", "جدد الرئيس انتقاده للحكومة في خطابه أمام البرلمان أمس.")]
    [TestCase("وقد يؤدي القرار إلى ارتفاع الأسعار في الأسواق المحلية.", "قد يؤدي القرار إلى ارتفاع الأسعار في الأسواق المحلية.")]
    [TestCase("وقد تعرض المتحف لأضرار كبيرة خلال الحرب الأخيرة.", "قد تعرض المتحف لأضرار كبيرة خلال الحرب الأخيرة.")]
    [TestCase("وقد لا تتمكن الحكومة من سداد ديونها في الموعد المحدد.", "قد لا تتمكن الحكومة من سداد ديونها في الموعد المحدد.")]
    [TestCase("واعتبرت الوزيرة أن القرار جاء متأخرا عن موعده.", "اعتبرت الوزيرة أن القرار جاء متأخرا عن موعده.")]
    [TestCase("وأطلقت الشرطة سراح المعتقلين الثلاثة بعد ساعات من التحقيق معهم.", "أطلقت الشرطة سراح المعتقلين الثلاثة بعد ساعات من التحقيق معهم.")]
    [TestCase("ووصف الوزير القرار بأنه خطوة تاريخية نحو السلام في المنطقة.", "وصف الوزير القرار بأنه خطوة تاريخية نحو السلام في المنطقة.")]
    [TestCase("وتشهد فنزويلا ارتفاعا كبيرا في أسعار السلع الغذائية.", "تشهد فنزويلا ارتفاعا كبيرا في أسعار السلع الغذائية.")]
    [TestCase("وإلى جانب الصيام يهتم كثيرون بالأعمال الخيرية خلال الشهر الكريم.", "إلى جانب الصيام يهتم كثيرون بالأعمال الخيرية خلال الشهر الكريم.")]
    [TestCase("فقد أعلن الرئيس الأمريكي الجمعة أن عملية عسكرية جارية حاليا في سوريا.", "أعلن الرئيس الأمريكي الجمعة أن عملية عسكرية جارية حاليا في سوريا.")]
    [TestCase("فقد فاز النادي الملكي على ضيفه بثلاثة أهداف مقابل هدف مساء السبت.", "فاز النادي الملكي على ضيفه بثلاثة أهداف مقابل هدف مساء السبت.")]
    [TestCase("فقد يؤدي القرار إلى ارتفاع الأسعار في الأسواق المحلية.", "فقد يؤدي القرار إلى ارتفاع الأسعار في الأسواق المحلية.")]
    [TestCase("فقد الجيش السيطرة على المدينة بعد معارك استمرت ثلاثة أيام.", "فقد الجيش السيطرة على المدينة بعد معارك استمرت ثلاثة أيام.")]
    public void Compress_LeadingConnective_Dropped(string sentence, string expected)
    {
        Assert.That(SentenceCompressor.Compress(sentence), Is.EqualTo(expected));
    }

    [TestCase("وزير الخارجية يصل إلى القاهرة في زيارة رسمية.")]
    [TestCase("ولاية كاليفورنيا تعلن حالة الطوارئ بسبب الحرائق.")]
    [TestCase("وصف الوزير القرار بأنه متأخر عن موعده.")]
    [TestCase("وافقت الحكومة على مشروع القانون الجديد بالإجماع.")]
    [TestCase("واشنطن تفرض عقوبات جديدة على شركات النفط.")]
    [TestCase("وتيرة التصعيد ترتفع في المنطقة منذ أسبوع.")]
    [TestCase("ووري الثرى جثمان الفنانة في مقبرة المدينة بحضور المئات.")]
    [TestCase("ويليامز تفوز ببطولة ويمبلدون للمرة الثامنة.")]
    public void Compress_WordStartingWithWaw_Unchanged(string sentence)
    {
        Assert.That(SentenceCompressor.Compress(sentence), Is.EqualTo(sentence));
    }

    [Test]
    public void Compress_ParentheticalAside_Dropped()
    {
        var compressed = SentenceCompressor.Compress("قررت شبكة قطارات الأنفاق (المترو) إطلاق أسماء اللاعبين على المحطات.");

        Assert.That(compressed, Is.EqualTo("قررت شبكة قطارات الأنفاق إطلاق أسماء اللاعبين على المحطات."));
    }

    [TestCaseSource(nameof(SentencesWithNumbersOrNegations))]
    public void Compress_AnySentence_KeepsEveryNumberAndNegation(string sentence)
    {
        var compressed = SentenceCompressor.Compress(sentence);

        Assert.That(NumberFinder.Find(compressed).Select(n => n.Value), Is.EquivalentTo(NumberFinder.Find(sentence).Select(n => n.Value)));
        Assert.That(WordTokenizer.Words(compressed).Count(ArabicTextAnalyzer.IsNegation),
            Is.EqualTo(WordTokenizer.Words(sentence).Count(ArabicTextAnalyzer.IsNegation)));
    }

    [Test]
    public void Compress_AsideHoldingNegation_KeptWhileOtherStepsApply()
    {
        var compressed = SentenceCompressor.Compress("وفي المقابل، نفت الحكومة (التي لم تعلق رسميا) أي علاقة لها بالحادث.");

        Assert.That(compressed, Is.EqualTo("نفت الحكومة (التي لم تعلق رسميا) أي علاقة لها بالحادث."));
    }
}
