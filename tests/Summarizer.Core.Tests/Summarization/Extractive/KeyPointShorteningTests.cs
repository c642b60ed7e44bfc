using Summarizer.Summarization.Extractive;

namespace Summarizer.Core.Tests.Summarization.Extractive;

/// <summary>Hand-written long sentences: only whole self-contained parts may go, and a sentence is never cut before its object.</summary>
[TestFixture]
public sealed class KeyPointShorteningTests
{
    private static string? Shorten(string sentence, bool mustCut = false) =>
        KeyPointWriter.Shorten(new KeyPointWriter.Standalone(sentence, mustCut), preferredWords: 25, maxWords: 40);

    [Test]
    public void Shorten_CommaBeforeTheObject_NeverCutThere()
    {
        const string sentence = "أوضح المتحدث الرسمي باسم وزارة الصحة والسكان في بيان صحفي صدر مساء الأحد، أن الحالات الجديدة التي ثبتت إيجابيتها لفيروس كورونا المستجد، اليوم، جميعها من المصريين المخالطين للحالات التي أعلن عنها سابقا.";

        var result = Shorten(sentence);

        Assert.That(result, Is.EqualTo(sentence), "no clean cut: the whole sentence (under 40 words) is kept");
    }

    [Test]
    public void Shorten_AttributionTail_Dropped() =>
        Assert.That(Shorten("ارتفع عدد ضحايا الفيضانات في جنوب البلاد إلى ثلاثين شخصا خلال الأيام الثلاثة الماضية، بحسب ما أفادت وكالة الأنباء الرسمية."),
            Is.EqualTo("ارتفع عدد ضحايا الفيضانات في جنوب البلاد إلى ثلاثين شخصا خلال الأيام الثلاثة الماضية."));

    [Test]
    public void Shorten_LongSentenceWithTrailingParticipleClause_HeadKept()
    {
        const string sentence = "أعلن البنك المركزي المصري رفع أسعار الفائدة الرئيسية بمقدار نقطتين مئويتين في اجتماع استثنائي عقدته لجنة السياسة النقدية صباح الخميس، مشيرا إلى أن القرار يهدف إلى احتواء الضغوط التضخمية التي تشهدها الأسواق المحلية منذ بداية العام.";

        Assert.That(Shorten(sentence), Is.EqualTo("أعلن البنك المركزي المصري رفع أسعار الفائدة الرئيسية بمقدار نقطتين مئويتين في اجتماع استثنائي عقدته لجنة السياسة النقدية صباح الخميس."));
    }

    [Test]
    public void Shorten_CutThatLeavesSpeechWithoutWhatWasSaid_Refused()
    {
        const string sentence = "وتواصل فرق الإغاثة إزالة حطام المباني التي انهارت في القرى الجبلية المتضررة من الزلزال، في وقت أعلن حاكم الإقليم، حيث تقع الجزيرة، أن موارد الإقليم لم تعد تكفي لإيواء عشرات الآلاف من المشردين.";

        var result = Shorten(sentence);

        // Whole, but for the conjunction that opens it.
        Assert.That(result, Is.EqualTo(sentence[1..]));
    }

    [Test]
    public void Shorten_OverFortyWordsWithoutCleanCut_None()
    {
        var sentence = "أعلنت الحكومة " + string.Join(' ', Enumerable.Repeat("خطة واسعة لتطوير الطرق والجسور والموانئ", 7)) + " في المحافظات.";

        Assert.That(Shorten(sentence), Is.Null);
    }

    [Test]
    public void Shorten_QuoteOfSeveralSentences_FirstQuotedSentenceClosed()
    {
        const string sentence = "قال رئيس الوزراء في كلمة أمام البرلمان: \"لن نرفع أسعار الخبز مهما كانت الضغوط على الموازنة العامة. سنواصل دعم الأسر الفقيرة. ونعد المواطنين بإصلاح شامل لمنظومة الدعم خلال الأعوام الثلاثة المقبلة بالتعاون مع البرلمان والنقابات\".";

        Assert.That(Shorten(sentence), Is.EqualTo("قال رئيس الوزراء في كلمة أمام البرلمان: \"لن نرفع أسعار الخبز مهما كانت الضغوط على الموازنة العامة.\""));
    }

    [Test]
    public void FirstQuotedSentence_EndedWithEllipsis_FullStop()
    {
        const string sentence = "قال الرئيس في تغريدة: \"لقد وقعنا اليوم اتفاقا تاريخيا مع جيراننا لفتح الحدود أمام التجارة... الحكومة ستعلن التفاصيل غدا في مؤتمر صحفي.\"";

        Assert.That(QuoteTrimmer.FirstQuotedSentence(sentence), Is.EqualTo("قال الرئيس في تغريدة: \"لقد وقعنا اليوم اتفاقا تاريخيا مع جيراننا لفتح الحدود أمام التجارة.\""));
    }

    [TestCase("قال المحامي: \"وجهت إليه تهم الاحتيال المالي والتزوير في أوراق رسمية.. وغسيل الأموال عبر شركات وهمية في الخارج.\"", "رسمية..\"")]
    [TestCase("قال المغني: \"عندما تسمع عن ظلم استمر مئات السنين في هذا البلد... مئات السنين؟ يبدو الأمر كما لو كان اختيارا.\"", "السنين في هذا البلد...\"")]
    public void FirstQuotedSentence_EllipsisThatIsAPause_KeptAsWritten(string sentence, string ending) =>
        Assert.That(QuoteTrimmer.FirstQuotedSentence(sentence), Does.EndWith(ending));

    [Test]
    public void Shorten_PieceOfRunOnWithoutCleanCut_None() =>
        Assert.That(Shorten("أعلنت الحكومة خطة واسعة لتطوير الطرق والجسور والموانئ في جميع المحافظات،", mustCut: true), Is.Null);

    [Test]
    public void ElaborationHeads_HighlightedPart_HeadBeforeIt()
    {
        const string sentence = "أعلنت وزارة الخارجية أن استئناف الرحلات الجوية بين البلدين غير مطروح في الوقت الحالي بسبب الخلافات القائمة حول ملفات عدة، لاسيما ملف الحدود البحرية.";

        Assert.That(ClauseTrimmer.ElaborationHeads(sentence),
            Is.EqualTo(new[] { "أعلنت وزارة الخارجية أن استئناف الرحلات الجوية بين البلدين غير مطروح في الوقت الحالي بسبب الخلافات القائمة حول ملفات عدة." }));
    }

    [Test]
    public void ElaborationHeads_WaysOfIt_HeadBeforeSawaa()
    {
        const string sentence = "تعمل لجنة الترشيح منذ أسابيع على ملفها بكل طاقتها، من خلال ورش مفتوحة في جميع القطاعات، سواء لحشد التأييد الدولي أو لإقناع المؤسسات الحكومية بالمشاركة.";

        Assert.That(ClauseTrimmer.ElaborationHeads(sentence),
            Is.EqualTo(new[] { "تعمل لجنة الترشيح منذ أسابيع على ملفها بكل طاقتها، من خلال ورش مفتوحة في جميع القطاعات." }));
    }

    [Test]
    public void ElaborationHeads_WadhalikWithoutCommaInsideAQuotation_QuotationClosedAfterTheHead()
    {
        const string sentence = "قالت الشركة في بيان إن \"مجلس الإدارة أقر توزيع أرباح نقدية ربع سنوية بنسبة 1.25% من القيمة الاسمية للسهم وذلك بواقع 12.5 هللة لكل سهم بحيث يصبح الإجمالي نصف ريال لكامل السنة\".";

        Assert.That(ClauseTrimmer.ElaborationHeads(sentence),
            Is.EqualTo(new[] { "قالت الشركة في بيان إن \"مجلس الإدارة أقر توزيع أرباح نقدية ربع سنوية بنسبة 1.25% من القيمة الاسمية للسهم.\"" }));
        Assert.That(ClauseTrimmer.Heads(sentence), Is.Empty, "a first choice never cuts inside a quotation");
    }

    [Test]
    public void ElaborationHeads_SecondComplementWithoutComma_HeadBeforeIt()
    {
        const string sentence = "كان من الضروري أن تتواصل حملات التوعية في المدارس والملاعب وأن يتواصل الاجتهاد في تقنين العلاج، بخلق آليات جديدة تنزع فتيل الشغب.";

        Assert.That(ClauseTrimmer.ElaborationHeads(sentence), Does.Contain("كان من الضروري أن تتواصل حملات التوعية في المدارس والملاعب."));
        Assert.That(ClauseTrimmer.Heads(sentence), Is.Empty, "a first choice cuts only at a comma");
    }

    [TestCase("أعلنت الحكومة زيادة رواتب الموظفين في القطاع العام وأن الزيادة تبدأ مطلع العام المقبل.")]
    [TestCase("قال الوزير إن الحكومة ستواصل دعم القطاع الصحي وإن كانت الموارد محدودة هذا العام.")]
    public void ElaborationHeads_WawAnWithoutAFirstComplementOrEvenIf_NoCut(string sentence) =>
        // Without an "أن" in the head, "وأن" is the verb's only complement; "وإن" without a comma is "even if".
        Assert.That(ClauseTrimmer.ElaborationHeads(sentence), Is.Empty);

    [Test]
    public void ElaborationHeads_RateAfterTheTotal_HeadBeforeIt() =>
        Assert.That(ClauseTrimmer.ElaborationHeads("تنازل رئيس مجلس الإدارة عن حصته من التوزيعات النقدية المقترحة لكامل السنة، بواقع ثماني هللات لكل سهم من الأرباح الربعية."),
            Is.EqualTo(new[] { "تنازل رئيس مجلس الإدارة عن حصته من التوزيعات النقدية المقترحة لكامل السنة." }));

    [Test]
    public void ElaborationHeads_ConsequenceAfterAWholeClause_HeadBeforeIt() =>
        Assert.That(ClauseTrimmer.ElaborationHeads("كتب الوزير السابق أن الحل كان دائما في العاصمة عندما كانت تقول رأيها بوضوح، فأهلا بالحل متى عادت العاصمة إلى دورها المعهود."),
            Is.EqualTo(new[] { "كتب الوزير السابق أن الحل كان دائما في العاصمة عندما كانت تقول رأيها بوضوح." }));

    [TestCase("وقال الوزير إنه إذا لم تتحرك الحكومة خلال الأسبوع المقبل، فإن النقابات ستعلن الإضراب العام في كل المحافظات.")]
    [TestCase("وأوضح التقرير أن الأسواق الخليجية تراجعت، أما السوق السعودية الأكبر في المنطقة، فقد ارتفعت بنسبة عشرة في المئة.")]
    [TestCase("أكد المدرب أن فريقه سيلعب بكل قوة في المباراة المقبلة أمام المتصدر، فريق العاصمة الذي لم يخسر منذ بداية الموسم.")]
    public void ElaborationHeads_ConditionTopicOrNounAfterTheComma_NoConsequenceCut(string sentence) =>
        Assert.That(ClauseTrimmer.ElaborationHeads(sentence), Is.Empty);

    [Test]
    public void Heads_AdditionGluedToTheLastListItem_OnlyASecondChoiceCut()
    {
        // "إضافة للقب ..." adds the list's last item, often its biggest: a first-choice cut would drop it from a sentence that fits.
        const string sentence = "قاد المدرب الفريق بين عامي 2014 و2017 وفاز معه بلقبين في الدوري وثلاثة ألقاب في الكأس، إضافة للقب دوري أبطال أوروبا في موسمه الأول.";

        Assert.That(ClauseTrimmer.Heads(sentence), Is.Empty);
        Assert.That(ClauseTrimmer.ElaborationHeads(sentence), Is.EqualTo(new[] { "قاد المدرب الفريق بين عامي 2014 و2017 وفاز معه بلقبين في الدوري وثلاثة ألقاب في الكأس." }));
        Assert.That(Shorten(sentence), Is.EqualTo(sentence));
    }

    [Test]
    public void Shorten_ElaborationInASentenceThatFits_KeptWhole()
    {
        const string sentence = "أعلنت وزارة الخارجية أن استئناف الرحلات الجوية بين البلدين غير مطروح في الوقت الحالي بسبب الخلافات القائمة حول ملفات عدة، لاسيما ملف الحدود البحرية.";

        Assert.That(Shorten(sentence), Is.EqualTo(sentence));
    }

    [Test]
    public void Heads_SpeechWithItsQuotedWordsBeforeParticiple_HeadKept()
    {
        const string sentence = "أفاد المتحدث باسم مديرية الأمن \"وصلنا بلاغ بشأن شاحنة مشبوهة شرق المدينة قرب مجمع الغاز\"، مضيفا \"تم العثور على مئة مهاجر في حالة اختناق\".";

        Assert.That(ClauseTrimmer.Heads(sentence), Is.EqualTo(new[] { "أفاد المتحدث باسم مديرية الأمن \"وصلنا بلاغ بشأن شاحنة مشبوهة شرق المدينة قرب مجمع الغاز\"." }));
    }

    [TestCase("وصلنا بلاغ بشأن شاحنة مشبوهة", false)]
    [TestCase("وافقت الحكومة على الخطة", false)]
    [TestCase("وأعلنت الحكومة الخطة", true)]
    public void IsConjunction_WawOfTheRootOrTheConjunction_Told(string text, bool conjunction) =>
        Assert.That(ClauseSplitter.IsConjunction(text), Is.EqualTo(conjunction));

    [Test]
    public void Heads_ContrastAfterCompleteClause_NotCut()
    {
        // "، لكن ..." usually carries the news ("the file was discussed, but the other side refused"): the head alone
        // would tell the opposite of what the sentence says, so the contrast is no removable part.
        const string sentence = "وأشار المصدر إلى أن ملف التأشيرة نوقش في أواخر الشهر الماضي خلال التحضير للزيارة الرسمية، لكن الطرف الآخر خلص إلى أن الظروف الأمنية لا تسمح بذلك.";

        Assert.That(ClauseTrimmer.Heads(sentence), Is.Empty);
    }

    [Test]
    public void Heads_ContrastInsideClauseBeforeItsObject_NeverCutThere()
    {
        const string sentence = "أكد وزير الخارجية في مؤتمر صحفي عقده مساء أمس، لكن بنبرة هادئة، أن بلاده لن تقبل بأي شروط مسبقة.";

        Assert.That(ClauseTrimmer.Heads(sentence), Is.Empty);
    }

    [Test]
    public void Shorten_DependentClauseBeforeMainClause_NeverCutThere()
    {
        const string sentence = "ورغم إصرار المنظمين على أن المسيرة ستأخذ طابعا سلميا منذ انطلاقها صباح الجمعة في وسط المدينة، إلا أن المنطقة القريبة من الحدود شهدت مواجهات عنيفة بين المتظاهرين وقوات الأمن.";

        Assert.That(ClauseTrimmer.Heads(sentence), Is.Empty);
    }

    [Test]
    public void Shorten_ShortQuotationBeforeTheSpeech_FirstSentenceOfTheSpeech()
    {
        const string sentence = "وردا على سؤال عن زيارة المبعوث إلى العاصمة لـ\"بحث تشكيل الحكومة،\" قالت المتحدثة: \"لدينا علاقة جيدة مع الحكومة الحالية ونعتقد أن ذلك سيستمر. " +
            "لكننا نتابع ما يجري في المنطقة عن كثب ونتشاور مع شركائنا في كل خطوة. ولن نعلق على تفاصيل المحادثات الجارية بين الأطراف في هذه المرحلة الحساسة من المفاوضات.\"";

        Assert.That(QuoteTrimmer.FirstQuotedSentence(sentence),
            Is.EqualTo("وردا على سؤال عن زيارة المبعوث إلى العاصمة لـ\"بحث تشكيل الحكومة،\" قالت المتحدثة: \"لدينا علاقة جيدة مع الحكومة الحالية ونعتقد أن ذلك سيستمر.\""));
    }

    [Test]
    public void Shorten_AttributionBetweenDashes_DashesGoWithIt() =>
        Assert.That(SentenceCompressor.Compress("سحبت الشرطة السلاح الثاني من منزل المتهم في الضاحية الشمالية - بحسب ما قاله المتحدث باسمها -."),
            Is.EqualTo("سحبت الشرطة السلاح الثاني من منزل المتهم في الضاحية الشمالية."));

    [Test]
    public void Shorten_ParticipleClauseWrittenWithTanweenBeforeAlef_HeadKept() =>
        Assert.That(Shorten("شدد المتحدث الرسمي باسم الجامعة العربية على أن نقل السفارة إلى المدينة ليس له أي أثر قانوني على وضعها كأرض محتلة، مؤكدًا أن الغالبية الكاسحة من دول العالم رفضت القرار في سابقة نادرة تعكس الإجماع الدولي."),
            Is.EqualTo("شدد المتحدث الرسمي باسم الجامعة العربية على أن نقل السفارة إلى المدينة ليس له أي أثر قانوني على وضعها كأرض محتلة."));

    [Test]
    public void Shorten_TrailingContrastClause_HeadKept() =>
        Assert.That(Shorten("ميندي الذي انضم إلى مان سيتي في الصيف الماضي قادما من موناكو تعرض لإصابة قوية في الركبة أبعدته طوال الموسم عن أغلب مباريات فريقه، ولكنه عاد قبل النهاية بأسابيع قليلة ليتوج مع فريقه بلقب الدوري في أول مواسمه."),
            Is.EqualTo("ميندي الذي انضم إلى مان سيتي في الصيف الماضي قادما من موناكو تعرض لإصابة قوية في الركبة أبعدته طوال الموسم عن أغلب مباريات فريقه."));

    [Test]
    public void Shorten_SecondComplementClause_HeadWithFirstComplementKept() =>
        Assert.That(Shorten("وأضاف المتحدث الرسمي أن القرار الأميركي خارج على الشرعية الدولية ويمثل خرقا لقرارات مجلس الأمن، وأن الدول العربية عازمة على التصدي لكافة التبعات السلبية لهذا القرار في المحافل الدولية كلها."),
            Is.EqualTo("أضاف المتحدث الرسمي أن القرار الأميركي خارج على الشرعية الدولية ويمثل خرقا لقرارات مجلس الأمن."));

    [Test]
    public void Shorten_RelativeClauseAfterCompleteHead_HeadKept() =>
        Assert.That(Shorten("وأدان مجلس الجامعة العربية الجرائم الإسرائيلية الواضحة والممنهجة ضد أبناء الشعب الفلسطيني المدنيين العزل، والتي تعتبر جرائم حرب وجرائم ضد الإنسانية وفق القانون الدولي والاتفاقيات الدولية الخاصة بحماية المدنيين في أوقات الحرب."),
            Is.EqualTo("أدان مجلس الجامعة العربية الجرائم الإسرائيلية الواضحة والممنهجة ضد أبناء الشعب الفلسطيني المدنيين العزل."));

    [TestCase("ناشد والد الشابة البريطانية البالغة 27 عاما والتي كانت تعمل ممرضة في المدينة، والتي قضت في مدينة عفرين السورية أثناء مشاركتها في القتال، حكومة بلاده الثلاثاء لمساعدته على إعادة جثمان ابنته إلى بريطانيا.")]
    [TestCase("وأدى النزاع في اليمن المستمر منذ ثلاث سنوات، والذي بدأ بتدخل عسكري لقتال المتمردين المدعومين من إيران إلى دفع 22 مليون شخص إلى الاعتماد على المساعدات الغذائية في البلاد.")]
    public void Shorten_RelativeClauseInsideTheMainClause_NeverCutThere(string sentence) =>
        Assert.That(Shorten(sentence) ?? string.Empty, Does.Not.EndWith("عاما والتي كانت تعمل ممرضة في المدينة.").And.Not.EndWith("منذ ثلاث سنوات."));

    [Test]
    public void Shorten_ListOfExamples_CutAfterAWholeItem() =>
        Assert.That(Shorten("وأعلنت الحكومة البريطانية عن عدة قرارات من بينها طرد 23 دبلوماسيا روسيا من أراضيها، ومقاطعة الأسرة الملكية والوزراء لبطولة كأس العالم المقبلة، وتجميد أصول روسية في بريطانيا إذا ثبت أنها تستخدم لتهديد حياة المواطنين."),
            Is.EqualTo("أعلنت الحكومة البريطانية عن عدة قرارات من بينها طرد 23 دبلوماسيا روسيا من أراضيها، ومقاطعة الأسرة الملكية والوزراء لبطولة كأس العالم المقبلة."));

    [Test]
    public void Shorten_ListThatIsTheWholeObject_NeverCutInside() =>
        Assert.That(Shorten("ستتضمن المباريات التي يبثها التلفزيون الرسمي مباراة الافتتاح لبطولة كأس العالم، ومباريات المنتخب المصري في دور المجموعات كلها، إضافة لمبارياته في حال تأهله إلى الأدوار اللاحقة من البطولة في روسيا."),
            Does.Not.EndWith("مباراة الافتتاح لبطولة كأس العالم."));
}
