using Summarizer.Summarization.Extractive;

namespace Summarizer.Core.Tests.Summarization.Extractive;

/// <summary>Hand-written sentences for each stand-alone rule: connectives removed or refused, implied speakers named or refused.</summary>
[TestFixture]
public sealed class StandaloneRulesTests
{
    private static KeyPointWriter.Standalone?[] Prepare(params string[] sentences) =>
        KeyPointWriter.Prepare(sentences.Select((s, i) => new ArticleSentence(s, i, [], s.Split(' ').Length)).ToList());

    private const string Lead = "أعلنت وزارة الصحة المصرية تسجيل مئة وعشرين إصابة جديدة بفيروس كورونا خلال يوم واحد.";

    [TestCase("إلا أن الوزارة أكدت أن الوضع الصحي في البلاد مستقر حتى الآن.", "الوزارة أكدت أن الوضع الصحي في البلاد مستقر حتى الآن.")]
    [TestCase("في حين أعلنت وزارة التعليم تعليق الدراسة في المدارس لمدة أسبوعين.", "أعلنت وزارة التعليم تعليق الدراسة في المدارس لمدة أسبوعين.")]
    [TestCase("وفيما أعلنت وزارة التعليم تعليق الدراسة في المدارس لمدة أسبوعين.", "أعلنت وزارة التعليم تعليق الدراسة في المدارس لمدة أسبوعين.")]
    [TestCase("كما قررت الحكومة إغلاق المطارات أمام الرحلات القادمة من الخارج.", "قررت الحكومة إغلاق المطارات أمام الرحلات القادمة من الخارج.")]
    [TestCase("بينما قررت الحكومة إغلاق المطارات أمام الرحلات القادمة من الخارج.", "قررت الحكومة إغلاق المطارات أمام الرحلات القادمة من الخارج.")]
    [TestCase("وفي المقابل، طالب نواب المعارضة بإجراءات أشد لحماية العاملين في المستشفيات.", "طالب نواب المعارضة بإجراءات أشد لحماية العاملين في المستشفيات.")]
    [TestCase("من جهته، قال رئيس الوزراء إن الحكومة ستدعم القطاع الصحي بمليار جنيه.", "قال رئيس الوزراء إن الحكومة ستدعم القطاع الصحي بمليار جنيه.")]
    [TestCase("غير أن الأطباء حذروا من موجة ثانية قد تبلغ ذروتها في الشتاء المقبل.", "الأطباء حذروا من موجة ثانية قد تبلغ ذروتها في الشتاء المقبل.")]
    [TestCase("لكن روسيا رفضت المقترح الأوروبي الجديد بشأن وقف إطلاق النار في المنطقة.", "روسيا رفضت المقترح الأوروبي الجديد بشأن وقف إطلاق النار في المنطقة.")]
    [TestCase("حتى أن الكثير من المدارس أغلقت أبوابها قبل موعد العطلة الرسمية بأسبوع كامل.", "الكثير من المدارس أغلقت أبوابها قبل موعد العطلة الرسمية بأسبوع كامل.")]
    public void Prepare_RemovableConnective_DroppedAndSentenceKept(string sentence, string expected) =>
        Assert.That(Prepare(Lead, sentence)[1]?.Text, Is.EqualTo(expected));

    [TestCase("يأتي ذلك بعد أسبوع من إعلان الحكومة حزمة إجراءات جديدة لمواجهة الوباء.")]
    [TestCase("وتأتي هذه الخطوة في إطار خطة الدولة لمواجهة انتشار الفيروس في المحافظات.")]
    [TestCase("لكنه أكد أن الوضع الصحي في البلاد لا يزال تحت السيطرة الكاملة.")]
    [TestCase("وهو ما دفع الحكومة إلى إعلان حظر التجول في عدد من المحافظات الكبرى.")]
    [TestCase("من جهته، أكد أن الوزارة ستواصل حملات التوعية في جميع المحافظات.")]
    [TestCase("وفيما يتعلق بالمدارس، قررت الوزارة تأجيل امتحاناتها إلى الشهر المقبل.")]
    [TestCase("حيث ذكرت الوزارة أن عدد المصابين ارتفع إلى مئتي حالة في الأسبوع الأخير.")]
    [TestCase("فوضع خطة عاجلة لنقل المرضى إلى مستشفيات العزل في المحافظات المجاورة.")]
    [TestCase("فما الذي يمنع الحكومة من فرض حظر شامل على التنقل بين المحافظات كلها.")]
    [TestCase("المعسكر الثاني يرى أن الإغلاق الكامل سيضر بالاقتصاد أكثر مما ينفع الصحة العامة.")]
    [TestCase("إذ يلجأ الأطباء في مثل هذه الحالات إلى عزل المريض عن بقية أفراد أسرته.")]
    [TestCase("قال لوكالة الأنباء \"إن المستشفيات تعمل بكامل طاقتها منذ بداية الأسبوع الحالي\".")]
    [TestCase("قائلا: \"لن نسمح بانهيار المنظومة الصحية مهما كانت التكلفة على الاقتصاد\".")]
    [TestCase("إذا نجحنا في إنهاء الموسم في المركز الثاني فسيكون أفضل من المركز الثالث أو الرابع.")]
    [TestCase("في الواقع، السعودية هي أقدم حليف للولايات المتحدة في الشرق الأوسط قبل أي دولة أخرى.")]
    [TestCase("ولكنني أعتقد أن الموضوع الرئيسي الآن هو التهاني للبلاد على إجراء انتخابات حرة.")]
    [TestCase("لأنك عندما تبيع صوتك بمئتي دولار فإن النائب الذي أوصلته يركب عليك ديونا.")]
    [TestCase("فلقد أعلنت الحكومة حالة الطوارئ في المحافظات الجنوبية لمدة أسبوعين كاملين.")]
    [TestCase("ويحتل المركز الثاني في ترتيب الهدافين بعد مهاجم ليفربول ورصيده 29 هدفا.")]
    [TestCase("أعتقد أنه لاعب مهم جدا بالنسبة إلى المنتخب ويستحق مكانه في التشكيلة الأساسية.")]
    [TestCase("أقصد بتغيير الجلد، أن يعود الفريق إلى أسلوب اللعب الهجومي الذي عرفه به جمهوره.")]
    [TestCase("وأعني بذلك أن الإدارة الجديدة مطالبة بمراجعة كل عقود اللاعبين قبل بداية الموسم.")]
    [TestCase("هل نعيد على القارئ ما قيل في الموسم الماضي عن أخطاء الإدارة في سوق الانتقالات.")]
    [TestCase("لأننى قدمت للجنة التسجيل الكامل الذي يثبت أننى لم أقترب من الحكم طوال المباراة.")]
    [TestCase("يعنى أن الموسم المقبل يمكن أن يكون أفضل بشرط أن يراعي الحكام الدقة قبل كل شيء.")]
    [TestCase("الذى وعلى ما أذكر كان محظورا حين تم تحديد المهام قبل انتخابات الأندية والاتحادات.")]
    [TestCase("وقالت المتحدثة باسم البيت الأبيض، ساره ساندرز.")]
    [TestCase("الثلاثاء، \"بناء على طلب الرئيس سيسافر نائبه بدلا منه إلى القمة\".")]
    [TestCase("وتعقيبا على عدوى الربيع العربي اقول صراحة أن كل أسباب الغضب الشعبي قائمة في البلاد.")]
    [TestCase("حتى أنه أغلق المدارس قبل موعد العطلة الرسمية بأسبوع كامل في كل المحافظات.")]
    [TestCase("حتى أن مسؤولا في الوزارة وصف الوضع بأنه الأسوأ منذ بداية الوباء في البلاد.")]
    [TestCase("لكن مسؤولا في التحالف نفى إجراء أي محادثات سرية مع الطرف الآخر في العاصمة.")]
    [TestCase("إلا أن مصدرا حكوميا أكد أن المفاوضات ما زالت متعثرة حتى الآن بسبب الخلافات.")]
    public void Prepare_OpenerPointingBack_NotAKeyPoint(string sentence) =>
        Assert.That(Prepare(Lead, sentence)[1], Is.Null);

    [TestCase("أعلنت الشركة أن عدد مستخدميها البالغ 330 مليونا سيحصلون على تحديث أمني خلال الأسبوع المقبل.")]
    [TestCase("حقق الفريق فوزا ثمينا على ضيفه في افتتاح المرحلة الثلاثين من الدوري الممتاز.")]
    [TestCase("استقبلت الملكة ولي العهد السعودي في قصر باكنغهام في مستهل زيارته الرسمية إلى بريطانيا.")]
    [TestCase("بدأت عمليات الإخلاء قبل وصول الإعصار إلى ولايتي كارولينا الشمالية والجنوبية يوم الخميس.")]
    public void Prepare_NounsThatLookFirstPerson_Kept(string sentence) =>
        // "مليونا"، "ثمينا"، "كارولينا" end in a tanween after ن, and "ولي" is no "و" + "لي": none is a speaker's "نا" or "لي".
        Assert.That(Prepare(Lead, sentence)[1]?.Text, Is.EqualTo(sentence));

    [Test]
    public void Prepare_MeansWithItsOwnSubject_Kept() =>
        Assert.That(Prepare(Lead, "ويعني قرار الحكومة إعادة فرض القيود على السفر بين المحافظات حتى نهاية الشهر.")[1]?.Text,
            Is.EqualTo("ويعني قرار الحكومة إعادة فرض القيود على السفر بين المحافظات حتى نهاية الشهر."));

    [Test]
    public void Prepare_TopicFrameBeforeNamedSpeaker_FrameKept() =>
        Assert.That(Prepare(Lead, "وفي ما يتعلق بالنقل الجوي، كشف وزير النقل أنه سيتم بناء مطار جديد في شمال البلاد.")[1]?.Text,
            Is.EqualTo("في ما يتعلق بالنقل الجوي، كشف وزير النقل أنه سيتم بناء مطار جديد في شمال البلاد."));

    [Test]
    public void Prepare_ImpliedSpeakerAfterTopicFrame_SpeakerNamed()
    {
        var result = Prepare(
            "وفي ما يتعلق بالنقل الجوي، كشف وزير النقل أنه سيتم بناء مطار جديد في شمال البلاد.",
            "وأكد أن القطاع الخاص سيمول المشروع بالكامل خلال السنوات الخمس المقبلة.");

        Assert.That(result[1]?.Text, Is.EqualTo("أكد وزير النقل أن القطاع الخاص سيمول المشروع بالكامل خلال السنوات الخمس المقبلة."));
    }

    [TestCase("وفيما يتعلق بالنقل الجوي، كشف أنه سيتم بناء مطار جديد في شمال البلاد خلال العام المقبل.")]
    [TestCase("وفيما يتعلق بالأجور، يستهدف مشروع الموازنة زيادته بنسبة عشرة في المئة خلال العام المقبل.")]
    public void Prepare_TopicFrameWithoutNamedSpeaker_NotAKeyPoint(string sentence) =>
        Assert.That(Prepare(Lead, sentence)[1], Is.Null);

    [Test]
    public void Prepare_ImpliedSpeakerAfterNamedOne_SpeakerNamed()
    {
        var result = Prepare(
            "وقال وزير الصحة خالد عبد الغفار في مؤتمر صحفي إن الحالات الجديدة كلها من المخالطين.",
            "وأضاف أن الوزارة رفعت درجة الاستعداد في جميع مستشفيات العزل.");

        Assert.That(result[1]?.Text, Is.EqualTo("أضاف وزير الصحة خالد عبد الغفار أن الوزارة رفعت درجة الاستعداد في جميع مستشفيات العزل."));
    }

    private const string FrontedSpeechAct =
        "وعبر حسابه الرسمي على \"تويتر\" كتب المغني توضيحا مطولا لجمهوره، نفى فيه كل ما نشر عن اعتزاله الغناء نهائيا.";

    [Test]
    public void Prepare_ImpliedSpeakersAfterSpeechActObject_WriterNamedAlongTheChain()
    {
        var result = Prepare(
            FrontedSpeechAct,
            "وأضاف أن ألبومه الجديد سيصدر في الصيف المقبل بعد تأجيل دام عامين كاملين.",
            "وذكر أن الحفل الأول من جولته سيقام في العاصمة خلال شهر أغسطس المقبل.");

        Assert.That(result[1]?.Text, Is.EqualTo("أضاف المغني أن ألبومه الجديد سيصدر في الصيف المقبل بعد تأجيل دام عامين كاملين."));
        Assert.That(result[2]?.Text, Is.EqualTo("ذكر المغني أن الحفل الأول من جولته سيقام في العاصمة خلال شهر أغسطس المقبل."));
    }

    [Test]
    public void Prepare_ImpliedSpeakerAfterSpeechActObjectOfOtherGender_NotAKeyPoint() =>
        Assert.That(Prepare(FrontedSpeechAct, "وأضافت أن ألبومه الجديد سيصدر في الصيف المقبل بعد تأجيل دام عامين كاملين.")[1], Is.Null);

    [Test]
    public void Prepare_ImpliedSpeakerAfterFrontedPhraseWithoutSpeechActObject_NotAKeyPoint()
    {
        // Without what he wrote after the name, where "المغني الشهير لجمهوره ..." ends is not certain.
        var result = Prepare(
            "وعبر حسابه الرسمي على تويتر كتب المغني الشهير لجمهوره إنه لن يعتزل الغناء أبدا.",
            "وأضاف أن ألبومه الجديد سيصدر في الصيف المقبل بعد تأجيل دام عامين كاملين.");

        Assert.That(result[1], Is.Null);
    }

    [TestCase("كتب وزير الخارجية بيانا على صفحته الرسمية أكد فيه دعم بلاده للمفاوضات.", "وزير الخارجية")]
    [TestCase("كتبت الممثلة تغريدة شكرت فيها جمهورها على دعمه لها خلال مرضها.", "الممثلة")]
    [TestCase("قالت رسالة الوزارة إن المدارس ستفتح أبوابها في الموعد المحدد.", "رسالة الوزارة")]
    public void Read_SpeechActObjectAfterName_EndsTheName(string sentence, string speaker) =>
        Assert.That(ImpliedSubject.Read(sentence)?.Speaker, Is.EqualTo(speaker));

    [Test]
    public void Prepare_ImpliedSpeakerAfterRelayedOne_RelayedSpeakerNamed()
    {
        var result = Prepare(
            "ونقلت الصحيفة عن مصدر دبلوماسي، قوله إن الحكومة لن تلغي التأشيرة في الوقت الحالي.",
            "وأضاف أن الملف نوقش خلال التحضير لزيارة الرئيس في الشهر الماضي.");

        Assert.That(result[1]?.Text, Is.EqualTo("أضاف مصدر دبلوماسي أن الملف نوقش خلال التحضير لزيارة الرئيس في الشهر الماضي."));
    }

    [Test]
    public void Prepare_ImpliedSpeakerAfterOnTheTongueOf_SpeakerNamed()
    {
        var result = Prepare(
            "ونقلت وكالة الأنباء الرسمية على لسان الرئيس توضيحه أن النصوص الثابتة لن تتغير أبدا.",
            "وتابع قائلا: \"القواعد التي يضعها الفقهاء تتغير بتغير الزمان والمكان والظروف\".");

        Assert.That(result[1]?.Text, Is.EqualTo("تابع الرئيس قائلا: \"القواعد التي يضعها الفقهاء تتغير بتغير الزمان والمكان والظروف\"."));
    }

    [Test]
    public void Prepare_ImpliedSpeakerAfterRelayedOneOfOtherGender_NotAKeyPoint()
    {
        var result = Prepare(
            "ونقلت الوكالة عن وزيرة الصحة قولها إن الحالات الجديدة كلها من المخالطين.",
            "وأضاف أن الوزارة رفعت درجة الاستعداد في جميع مستشفيات العزل.");

        Assert.That(result[1], Is.Null);
    }

    [Test]
    public void Prepare_ImpliedSpeakerAfterRelayWithoutVerbalNoun_NotAKeyPoint()
    {
        // Without "قوله/قولها" before "إن" the name's end is unknown: "عن مصادر في الوزارة إن ..." is not delimited.
        var result = Prepare(
            "ونقلت الوكالة عن مصادر في الوزارة أن الحالات الجديدة كلها من المخالطين.",
            "وأضاف أن الوزارة رفعت درجة الاستعداد في جميع مستشفيات العزل.");

        Assert.That(result[1], Is.Null);
    }

    [TestCase("قال ضابط الشرطة، إيونتو كانكو، لم تفلح الجهود الكبيرة في إنقاذ القس من النهر.")]
    [TestCase("أضاف وليد الكرتي الهدف الثاني لبلاده بعد مرور ساعة من المباراة.")]
    [TestCase("تقول تقارير إنهما قدما معلومات قيمة عن هيكل التنظيم.")]
    [TestCase("\"كنت أعمل في حانة وجذبني أحد الزبائن نحو الحائط أمام الجميع\".")]
    public void Prepare_SpeechWithoutMarksOrAddingAGoal_Kept(string sentence) =>
        // Only "قال" and a speaker alone say nothing; a testimony in quotes under its frame is the article's point.
        Assert.That(Prepare(Lead, sentence)[1]?.Text, Is.EqualTo(sentence));

    [Test]
    public void Prepare_ImpliedSpeakerAfterANameThatBeginsWithLam_SpeakerNamed()
    {
        // "ليبرمان" set off by a comma is the speaker, not whom "قال" was told ("قال لرويترز إن").
        var result = Prepare(
            "وقال ليبرمان، في تصريحات صحفية الخميس، إن إسرائيل ترى أن سوريا تعود إلى وضع ما قبل الحرب.",
            "وأضاف أن الجيش سيواصل مراقبة الحدود الشمالية في الأسابيع المقبلة.");

        Assert.That(result[0]?.Text, Is.EqualTo("قال ليبرمان، في تصريحات صحفية الخميس، إن إسرائيل ترى أن سوريا تعود إلى وضع ما قبل الحرب."));
        Assert.That(result[1]?.Text, Is.EqualTo("أضاف ليبرمان أن الجيش سيواصل مراقبة الحدود الشمالية في الأسابيع المقبلة."));
    }

    [Test]
    public void Prepare_ImpliedSpeakerAfterAddressee_NotAKeyPoint() =>
        Assert.That(Prepare(Lead, "وقال لرويترز إن الوزارة رفعت درجة الاستعداد في جميع مستشفيات العزل.")[1], Is.Null);

    [Test]
    public void Prepare_DayBetweenTheVerbAndItsSpeaker_SpeakerNamed() =>
        Assert.That(Prepare(Lead, "أفاد الثلاثاء أحد المقربين من الأرملة لوكالة الأنباء الفرنسية، أنها غادرت البلاد على متن طائرة.")[1]?.Text,
            Is.EqualTo("أفاد الثلاثاء أحد المقربين من الأرملة لوكالة الأنباء الفرنسية، أنها غادرت البلاد على متن طائرة."));

    [TestCase("وأفاد شهود عيان أن قذيفة سقطت على منزل سكني في وسط المدينة.", "أكد شهود عيان أن القذائف لا تزال تتساقط على الأحياء السكنية.")]
    [TestCase("وقال المحامون في بيان إن موكلتهم لم ترتكب أي مخالفة للقانون.", "أكد المحامون أن القذائف لا تزال تتساقط على الأحياء السكنية.")]
    public void Prepare_PluralVerbAfterPluralSpeakerOfASingularVerb_SpeakerNamed(string before, string expected) =>
        Assert.That(Prepare(before, "وأكدوا أن القذائف لا تزال تتساقط على الأحياء السكنية.")[1]?.Text, Is.EqualTo(expected));

    [Test]
    public void Prepare_ImpliedSpeakerAfterAListOfNames_NotAKeyPoint() =>
        // The comma after "ياكوف فاينروت" ends only the first name; "المحامون ياكوف فاينروت" would name one lawyer as all.
        Assert.That(Prepare("وقال المحامون ياكوف فاينروت، ويوسي كوهين، في بيان إن موكلتهم لم ترتكب أي مخالفة.", "وأضافوا أن أغلب الطعام لم تأكله العائلة بل قدم لضيوف رسميين.")[1], Is.Null);

    [Test]
    public void Prepare_PluralVerbAfterOneSpeaker_NotAKeyPoint() =>
        Assert.That(Prepare("وقال الوزير في بيان إن الحكومة لم ترتكب أي مخالفة للقانون.", "وأكدوا أن القذائف لا تزال تتساقط على الأحياء السكنية.")[1], Is.Null);

    [Test]
    public void Prepare_ImpliedSpeakerWithColon_SpeakerNamed()
    {
        var result = Prepare(
            "وقالت المتحدثة باسم الوزارة إن الإجراءات ستستمر حتى نهاية الشهر.",
            "وأضافت: \"لن نتهاون مع أي مخالفة لقرارات الحظر في الأسواق\".");

        Assert.That(result[1]?.Text, Is.EqualTo("أضافت المتحدثة باسم الوزارة: \"لن نتهاون مع أي مخالفة لقرارات الحظر في الأسواق\"."));
    }

    [Test]
    public void Prepare_ImpliedSpeakerWithOtherGender_NotAKeyPoint()
    {
        var result = Prepare(
            "وقال وزير الصحة في مؤتمر صحفي إن الحالات الجديدة كلها من المخالطين.",
            "وأضافت أن الوزارة رفعت درجة الاستعداد في جميع مستشفيات العزل.");

        Assert.That(result[1], Is.Null);
    }

    [Test]
    public void Prepare_ImpliedSpeakerWithNoSpeakerBefore_NotAKeyPoint()
    {
        var result = Prepare(Lead, "وأوضح أن الحالات الجديدة كلها من المخالطين لحالات سابقة.");

        Assert.That(result[1], Is.Null);
    }

    [Test]
    public void Prepare_SpeakersWordsSplitFromTheirSpeaker_NotAKeyPoint() =>
        Assert.That(Prepare(Lead, "علينا أن نركز الآن على حماية كبار السن في دور الرعاية.")[1], Is.Null);

    [Test]
    public void Prepare_FirstPersonInReportedSpeech_Kept() =>
        Assert.That(Prepare(Lead, "وقال طبيب في مستشفى العزل إن لدينا ما يكفي من أجهزة التنفس حتى الآن.")[1]?.Text,
            Is.EqualTo("قال طبيب في مستشفى العزل إن لدينا ما يكفي من أجهزة التنفس حتى الآن."));

    [Test]
    public void Prepare_UnclosedQuote_NotAKeyPoint() =>
        Assert.That(Prepare(Lead, "وقال الوزير: «لن نغلق المدارس في هذه المرحلة.")[1], Is.Null);

    [Test]
    public void Prepare_SubordinateOpenerBeforeMainClause_MainClauseWithItsSpeaker()
    {
        var result = Prepare(
            "أعلن وزير النقل، في مؤتمر صحفي، أن تكلفة الجسر الجديد تبلغ أربعة مليارات دولار.",
            "وفيما نوه بأن العمل جار حاليا على إنهاء أوراق المناقصات، أكد أن المشروع ممول من القطاع الخاص بالكامل.");

        Assert.That(result[1]?.Text, Is.EqualTo("أكد وزير النقل أن المشروع ممول من القطاع الخاص بالكامل."));
    }

    [Test]
    public void Prepare_VerbWithNamedSubjectBeforeRank_Kept() =>
        Assert.That(Prepare(Lead, "ويحتل توتنهام المركز الرابع برصيد 64 نقطة في جدول ترتيب الدوري الإنجليزي.")[1], Is.Not.Null);

    [Test]
    public void Prepare_FaBeforePreposition_Kept() =>
        Assert.That(Prepare(Lead, "فبعد إعلان الحكومة حظر التجول، عقدت وزيرة الصحة مؤتمرا صحفيا عن خطة المستشفيات.")[1], Is.Not.Null);
}
