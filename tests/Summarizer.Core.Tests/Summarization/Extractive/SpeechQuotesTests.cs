using Summarizer.Summarization.Extractive;

namespace Summarizer.Core.Tests.Summarization.Extractive;

/// <summary>
/// Hand-written speech: a quotation's sentences are key points with their speaker, a speaker's words run on past "قال X:"
/// are never a key point without the speaker, and a quoted sentence that leans on the one before is none.
/// </summary>
[TestFixture]
public sealed class SpeechQuotesTests
{
    /// <summary>Sentences as the extractor gives them: each with the paragraph it is in.</summary>
    private static KeyPointWriter.Standalone?[] Prepare(params (string Text, int Paragraph)[] sentences) =>
        KeyPointWriter.Prepare(sentences.Select((s, i) => new ArticleSentence(s.Text, i, [], s.Text.Split(' ').Length, Paragraph: s.Paragraph)).ToList());

    private static IReadOnlyList<string> QuotedPoints(string sentence)
    {
        var speech = SpeechQuotes.Find(sentence, sentence)!;
        return SpeechQuotes.Body(sentence, speech.BodyStart, speech.Open).Sentences
            .Select(q => SpeechQuotes.Point(speech, q.Text)).OfType<string>().ToList();
    }

    private const string Statement =
        "وقال وزير الخارجية في مؤتمر صحفي: \"نرحب بإطلاق المفاوضات بين الطرفين في العاصمة خلال الأسبوع المقبل. " +
        "ستبدأ اللجان الفنية عملها بمراجعة ملفات الحدود والمياه والتجارة بين البلدين. " +
        "لذلك ندعو الجميع إلى الصبر.\"";

    [Test]
    public void Point_LaterSentenceOfQuotation_WithItsSpeaker() =>
        Assert.That(QuotedPoints(Statement), Does.Contain("قال وزير الخارجية في مؤتمر صحفي: \"ستبدأ اللجان الفنية عملها بمراجعة ملفات الحدود والمياه والتجارة بين البلدين.\""));

    [Test]
    public void Point_QuotedSentenceOpeningWithConnective_None() =>
        Assert.That(QuotedPoints(Statement).Any(p => p.Contains("لذلك", StringComparison.Ordinal)), Is.False);

    [TestCase("قال المتحدث: \"هذا حدث في الانتخابات الماضية أمام أعين الجميع ولم يحاسب أحد.\"")]
    [TestCase("قال المتحدث: \"ففي ملف حقوق الإنسان هناك حوارات رسمية نشارك فيها على مستوى ثنائي.\"")]
    [TestCase("قال المتحدث: \"لأنك لم تختر نوابك على قاعدة المسؤولية والكفاءة في الانتخابات.\"")]
    [TestCase("قال المتحدث: \"قبل أن يأتي الرئيس الجديد وينسحب من الاتفاق كله دون سبب.\"")]
    [TestCase("قال المتحدث: \"استمر القتال في المدينة اليوم (...) ومدينة دوما ضمنا\".")]
    public void Point_QuotedSentenceThatDoesNotStandAlone_None(string sentence) =>
        Assert.That(QuotedPoints(sentence), Is.Empty);

    [Test]
    public void Find_OpeningEndingInComplementizer_NoSpeech() =>
        Assert.That(SpeechQuotes.Find("ولفت البيان إلى أن \"القتال سيكون صعبا. لدينا ثقة في شركائنا.\"", null), Is.Null);

    [Test]
    public void Find_SpeakerNamedThroughPronoun_NoSpeech() =>
        Assert.That(SpeechQuotes.Find("وأضاف بيان صادر عنه: \"أسعدنا القرار الذي يعكس تطبيقا للمادة الأولى من القانون.\"", null), Is.Null);

    [Test]
    public void Prepare_ColonSpeechRunOnInFirstPerson_OnlyWithItsSpeaker()
    {
        var result = Prepare(
            ("وقال مدرب الفريق في مؤتمر صحفي: نريد أن ننهي الموسم في أفضل مركز ممكن.", 0),
            ("إذا نجحنا في إنهاء الموسم في المركز الثاني فسيكون أفضل من المركز الثالث أو الرابع.", 0));

        Assert.That(result[1]?.Continues, Is.True);
        Assert.That(SpeechQuotes.Point(result[1]!.Speech!, result[1]!.Text),
            Is.EqualTo("قال مدرب الفريق في مؤتمر صحفي: إذا نجحنا في إنهاء الموسم في المركز الثاني فسيكون أفضل من المركز الثالث أو الرابع."));
    }

    [Test]
    public void Prepare_NarrativeAfterColonSpeech_StandsAlone()
    {
        var result = Prepare(
            ("وذكر اللاعب عبر حسابه على تويتر: اليوم أعلن رسميا إنهاء مسيرتي الدولية مع المنتخب.", 0),
            ("ويعد اللاعب من أبرز نجوم الرياضة في البلاد بعد مسيرة طويلة مع المنتخب الأول.", 0));

        Assert.That(result[1]?.Continues, Is.False);
        Assert.That(result[1]?.Text, Does.Contain("يعد اللاعب من أبرز نجوم الرياضة"));
    }

    [Test]
    public void Prepare_QuotationRunOnInNextSentence_WithItsSpeaker()
    {
        var result = Prepare(
            ("وقالت الوزيرة: \"سنعلن الميزانية الجديدة في الأسبوع المقبل أمام البرلمان.", 0),
            ("ستشمل الميزانية زيادة كبيرة في مخصصات التعليم والصحة في المحافظات الفقيرة.\"", 0));

        Assert.That(result[1]?.Continues, Is.True);
        Assert.That(SpeechQuotes.Point(result[1]!.Speech!, result[1]!.Text),
            Is.EqualTo("قالت الوزيرة: \"ستشمل الميزانية زيادة كبيرة في مخصصات التعليم والصحة في المحافظات الفقيرة.\""));
    }

    [Test]
    public void Prepare_QuotationRunOnInNextSentence_OpeningClosedWithItsSpeaker()
    {
        var result = Prepare(
            ("وقالت الوزيرة: \"سنعلن الميزانية الجديدة في الأسبوع المقبل أمام البرلمان.", 0),
            ("ستشمل الميزانية زيادة كبيرة في مخصصات التعليم والصحة في المحافظات الفقيرة.\"", 0));

        Assert.That(result[0]?.Text, Is.EqualTo("قالت الوزيرة: \"سنعلن الميزانية الجديدة في الأسبوع المقبل أمام البرلمان.\""));
        Assert.That(result[0]?.Continues, Is.False);
    }

    [Test]
    public void Prepare_QuotationRunOnAfterEllipsis_OpeningEndedWithFullStopAndFragmentNoPoint()
    {
        var result = Prepare(
            ("وقال الرئيس في تغريدة: «صادرات البلاد من القمح ارتفعت بنسبة كبيرة منذ توقيع الاتفاق التجاري الجديد مع الجيران...", 0),
            ("خبر سار جدا للمزارعين..", 0),
            ("ولكن العمل لم ينته بعد.»", 0));

        Assert.That(result[0]?.Text, Is.EqualTo("قال الرئيس في تغريدة: «صادرات البلاد من القمح ارتفعت بنسبة كبيرة منذ توقيع الاتفاق التجاري الجديد مع الجيران.»"));
        Assert.That(result[1]?.Continues, Is.True);
        Assert.That(SpeechQuotes.Point(result[1]!.Speech!, result[1]!.Text), Is.Null);
        Assert.That(SpeechQuotes.Point(result[2]!.Speech!, result[2]!.Text), Is.Null);
    }

    [Test]
    public void Prepare_QuotationRunOnAfterPause_OpeningNoPoint()
    {
        // The ellipsis is a pause: the condition after it belongs to the sentence before it.
        var result = Prepare(
            ("وقال الوزير: \"نحن مستعدون للحوار مع جميع الأطراف في المنطقة دون أي شروط مسبقة...", 0),
            ("إذا التزمت هذه الأطراف بوقف إطلاق النار على كل الجبهات.\"", 0));

        Assert.That(result[0], Is.Null);
    }

    [Test]
    public void Prepare_QuotationOpenedAndNeverContinued_NotAKeyPoint()
    {
        var result = Prepare(
            ("وقال الوزير: \"سنعلن الميزانية الجديدة في الأسبوع المقبل أمام البرلمان.", 0),
            ("وكانت الحكومة قد أجلت إعلان الميزانية مرتين خلال العام الماضي بسبب الأزمة.", 1));

        Assert.That(result[0], Is.Null);
    }

    [Test]
    public void Point_TweetSentencesEndedWithEllipsis_FirstWithFullStopFragmentsNone()
    {
        const string tweet = "وقال الرئيس في تغريدة: \"صادرات البلاد من القمح ارتفعت بنسبة كبيرة منذ توقيع الاتفاق التجاري الجديد مع الجيران... " +
            "خبر سار جدا للمزارعين.. ولكن العمل لم ينته بعد.\"";

        Assert.That(QuotedPoints(tweet), Is.EqualTo(new[] { "قال الرئيس في تغريدة: \"صادرات البلاد من القمح ارتفعت بنسبة كبيرة منذ توقيع الاتفاق التجاري الجديد مع الجيران.\"" }));
    }

    [Test]
    public void Point_EllipsisBeforeWordsThatGoOn_None()
    {
        const string speech = "وقال الوزير: \"نحن مستعدون للحوار مع جميع الأطراف في المنطقة دون أي شروط مسبقة... إذا التزمت هذه الأطراف بوقف إطلاق النار على كل الجبهات.\"";

        Assert.That(QuotedPoints(speech), Is.Empty);
    }

    [Test]
    public void Point_TweetSentencesGluedAtEllipsis_FirstWithFullStop()
    {
        const string tweet = "وقال الوزير في تغريدة: \"الحكومة لن ترفع أسعار الوقود في هذا العام رغم كل الضغوط...أخيرا جاء الحق...لا بأس.\"";

        Assert.That(QuotedPoints(tweet), Is.EqualTo(new[] { "قال الوزير في تغريدة: \"الحكومة لن ترفع أسعار الوقود في هذا العام رغم كل الضغوط.\"" }));
    }

    private const string Commented = "وتحدث الوزير في تغريدة منفصلة عن خطة النقل الجديدة، حيث قال: \"سيبدأ العمل في الخط الأول من المترو خلال الشهر المقبل.\"";

    [Test]
    public void Find_SpeechAfterCommentingVerbInSameSentence_SpeakerIsItsSubject()
    {
        Assert.That(SpeechQuotes.Find(Commented, Commented)?.Intro, Is.EqualTo("قال الوزير:"));
        Assert.That(QuotedPoints(Commented), Is.EqualTo(new[] { "قال الوزير: \"سيبدأ العمل في الخط الأول من المترو خلال الشهر المقبل.\"" }));
    }

    [TestCase("وتحدثت الوزيرة في تغريدة منفصلة عن خطة النقل الجديدة، حيث قال: \"سيبدأ العمل في الخط الأول من المترو خلال الشهر المقبل.\"")]
    [TestCase("وارتفع عدد الركاب في الخط الأول إلى مليون راكب، حيث قال: \"سيبدأ العمل في الخط الثاني من المترو خلال الشهر المقبل.\"")]
    public void Find_SpeechAfterClauseWhoseSubjectIsNoSpeaker_NoSpeech(string sentence) =>
        Assert.That(SpeechQuotes.Find(sentence, sentence), Is.Null);

    [Test]
    public void Prepare_SpeechFramedByClauseThatLeansBack_QuotesWithSpeakerFromSentenceBefore()
    {
        var result = Prepare(
            ("قال مايكل براون، المدير السابق للوكالة، إن الموظفين نفذوا ما كانوا مكلفين به قانونا.", 0),
            ("جاء ذلك في مقابلة أجراها براون مع قناة إخبارية حيث قال: \"على البرلمان أن يراجع هذا الملف كاملا. سيكشف التحقيق أن الموظفين التزموا بالقانون في كل خطوة.\"", 1));

        Assert.That(result[1]?.QuotesOnly, Is.True);
        Assert.That(result[1]!.Speech!.Intro, Is.EqualTo("قال مايكل براون:"));
        var quoted = SpeechQuotes.Body(result[1]!.Text, result[1]!.Speech!.BodyStart, result[1]!.Speech!.Open).Sentences
            .Select(q => SpeechQuotes.Point(result[1]!.Speech!, q.Text)).OfType<string>();
        Assert.That(quoted, Does.Contain("قال مايكل براون: \"سيكشف التحقيق أن الموظفين التزموا بالقانون في كل خطوة.\""));
    }

    [Test]
    public void Prepare_QuoteMarksInSameParagraphButClosed_NextSentenceStandsAlone()
    {
        var result = Prepare(
            ("وقال الوزير: \"الحكومة لن ترفع أسعار الوقود هذا العام رغم الضغوط\".", 0),
            ("وكانت الحكومة قد رفعت الأسعار ثلاث مرات خلال العامين الماضيين في إطار برنامج الإصلاح.", 0));

        Assert.That(result[1]?.Continues, Is.False);
    }

    [TestCase("وتابع الوزير قائلا: \"ففي ملف حقوق الإنسان هناك حوارات رسمية نشارك فيها على مستوى ثنائي.\"", true)]
    [TestCase("وتابع الوزير قائلا: \"لذلك ندعو جميع الأطراف إلى ضبط النفس في الأيام المقبلة.\"", true)]
    [TestCase("وتابع الوزير قائلا: \"نحن ندعو جميع الأطراف إلى ضبط النفس في الأيام المقبلة.\"", false)]
    public void OpensLeaning_QuotedWordsOpening_LeaningWhenTheyDrawOnWhatWasSaid(string sentence, bool expected)
    {
        var speech = SpeechQuotes.Find(sentence, "تابع الوزير قائلا" + sentence[sentence.IndexOf(':', StringComparison.Ordinal)..])!;

        Assert.That(SpeechQuotes.OpensLeaning(speech, "تابع الوزير قائلا" + sentence[sentence.IndexOf(':', StringComparison.Ordinal)..]), Is.EqualTo(expected));
    }
}
