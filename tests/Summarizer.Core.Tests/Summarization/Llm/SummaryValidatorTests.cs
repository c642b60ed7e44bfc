using Microsoft.Extensions.Options;
using Summarizer.Summarization.Llm;
using Summarizer.Summarization.Llm.Answers;
using Summarizer.Summarization.Llm.Validation;

namespace Summarizer.Core.Tests.Summarization.Llm;

[TestFixture]
public sealed class SummaryValidatorTests
{
    private static readonly string ArticleText = LlmTestArticles.Title + "\n\n" + string.Join('\n', LlmTestArticles.Paragraphs);

    [Test]
    public void Validate_GroundedArabicAnswer_HasNoIssues()
    {
        var issues = CreateSut().Validate(Good(), ArticleText);

        Assert.That(issues, Is.Empty);
    }

    [Test]
    public void Validate_EasternArabicDigitsOfArticleNumbers_AreGrounded()
    {
        var answer = Good() with { Summary = "أعلنت وزارة التربية والتعليم خطة لبناء ١٢٠ مدرسة جديدة بتكلفة ٤٥٠ مليون دولار." };

        Assert.That(CreateSut().Validate(answer, ArticleText), Is.Empty);
    }

    [Test]
    public void Validate_NumberNotInArticle_NamesIt()
    {
        var answer = Good() with { Summary = "أعلنت وزارة التربية والتعليم خطة لبناء ١٣٠ مدرسة جديدة." };

        Assert.That(CreateSut().Validate(answer, ArticleText), Is.EqualTo(new[] { "the number ١٣٠ does not occur in the article; use only the article's numbers" }));
    }

    [Test]
    public void Validate_EnglishAnswer_NamesTheLanguage()
    {
        var answer = new LlmAnswer("The ministry will build 120 schools.", ["It costs 450 million dollars.", "They take 60 thousand students.", "Work starts in March."]);

        Assert.That(CreateSut().Validate(answer, ArticleText), Has.Some.StartsWith("only 0% of the letters are Arabic"));
    }

    [Test]
    public void Validate_EnglishOutputConfigured_AcceptsEnglish()
    {
        var answer = new LlmAnswer("The ministry will build 120 schools.", ["It costs 450 million dollars.", "They take 60 thousand students.", "Work starts in March."]);

        Assert.That(CreateSut(new LlmOptions { OutputLanguage = "en" }).Validate(answer, ArticleText), Is.Empty);
    }

    [Test]
    public void Validate_TwoKeyPointsAndFourSentences_NamesBothCounts()
    {
        var answer = new LlmAnswer(
            "أعلنت الوزارة خطة. تبلغ التكلفة 450 مليون دولار. ستستوعب المدارس الطلاب. يبدأ العمل في مارس.",
            [LlmTestArticles.KeyPoints[0], LlmTestArticles.KeyPoints[2]]);

        var issues = CreateSut().Validate(answer, ArticleText);

        Assert.That(issues, Is.SupersetOf(new[]
        {
            "the summary has 4 sentences; it must have 1 to 3",
            "there are 2 key points; there must be 3 to 5",
        }));
    }

    [Test]
    public void Validate_LongAndRepeatedKeyPoints_NamesThem()
    {
        var longPoint = string.Join(' ', Enumerable.Repeat("أعلنت وزارة التربية والتعليم خطة", 6));
        var answer = Good() with { KeyPoints = [LlmTestArticles.KeyPoints[0], LlmTestArticles.KeyPoints[0], longPoint] };

        var issues = CreateSut().Validate(answer, ArticleText);

        Assert.That(issues, Has.Some.EqualTo("key point 2 repeats key point 1").And.Some.StartsWith("key point 3 has 30 words"));
    }

    [Test]
    public void Validate_KeyPointRepeatingTheSummary_NamesIt()
    {
        var answer = Good() with { KeyPoints = [LlmTestArticles.Summary, .. LlmTestArticles.KeyPoints] };

        Assert.That(CreateSut().Validate(answer, ArticleText), Has.Some.EqualTo("key point 1 repeats the summary; give a different fact"));
    }

    [Test]
    public void Validate_KeyPointAboutSomethingElse_IsNotSupported()
    {
        var answer = Good() with { KeyPoints = [.. LlmTestArticles.KeyPoints, "فاز المنتخب الوطني لكرة القدم ببطولة آسيا بعد مباراة مثيرة."] };

        Assert.That(CreateSut().Validate(answer, ArticleText), Has.Some.StartsWith("key point 4 is not supported by the article"));
    }

    [TestCaseSource(typeof(HostileAnswers), nameof(HostileAnswers.Cases))]
    public void Validate_HijackedAnswer_NamesTheReason(string summary, string reason)
    {
        var answer = Good() with { Summary = summary };

        Assert.That(CreateSut().Validate(answer, ArticleText), Has.Some.Contains(reason));
    }

    [Test]
    public void Validate_LinkMarkupAndAiWordsThatTheArticleHas_AreAccepted()
    {
        var article = ArticleText + "\nوقال الخبير: لا أستطيع تأكيد الرقم، والتفاصيل على www.moe.example وفي وسم <b> على الموقع.";
        var answer = Good() with { Summary = LlmTestArticles.Summary + " وقال خبير: لا أستطيع تأكيد الرقم، والتفاصيل على www.moe.example." };

        Assert.That(CreateSut().Validate(answer, article), Is.Empty);
    }

    private static LlmAnswer Good() => new(LlmTestArticles.Summary, LlmTestArticles.KeyPoints);

    private static SummaryValidator CreateSut(LlmOptions? options = null) => new(Options.Create(options ?? new LlmOptions()));
}
