using Microsoft.Extensions.Options;
using Summarizer.Summarization.Llm;
using Summarizer.Summarization.Llm.Answers;
using Summarizer.Summarization.Llm.Validation;

namespace Summarizer.Core.Tests.Summarization.Llm;

/// <summary>Whatever an answer holds, the validator's report (and so the repair request) stays a few lines.</summary>
[TestFixture]
public sealed class SummaryValidatorBoundsTests
{
    private const string Article = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية خلال العام المقبل. وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة.";

    [Test]
    public void Validate_TenThousandKeyPoints_OneCountIssueAndABoundedReport()
    {
        var points = Enumerable.Range(0, 10_000).Select(i => $"أعلنت الحكومة خطة جديدة رقم {i}").ToList();
        var answer = new LlmAnswer("أعلنت الحكومة خطة جديدة لدعم المزارعين.", points);

        var issues = CreateSut().Validate(answer, Article);

        Assert.That(issues, Has.Count.LessThanOrEqualTo(SummaryValidator.MaxIssues));
        Assert.That(issues, Has.One.EqualTo("10000 key points; at most 5"));
        Assert.That(issues.Count(i => i.Contains("key points", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(string.Join('\n', issues).Length, Is.LessThan(4_000));
    }

    [Test]
    public void Validate_TwelveKeyPoints_SaysTwelveAtMostFive()
    {
        var points = Enumerable.Range(0, 12).Select(i => $"نقطة مختلفة تماما عن غيرها {i}").ToList();

        var issues = CreateSut().Validate(new LlmAnswer("أعلنت الحكومة خطة جديدة.", points), Article);

        Assert.That(issues, Has.One.EqualTo("12 key points; at most 5"));
    }

    [Test]
    public void Validate_ManyUnsupportedNumbers_ReportEndsWithHowManyMore()
    {
        var summary = "أعلنت الحكومة " + string.Join(" و", Enumerable.Range(100, 50)) + " خطة.";
        var answer = new LlmAnswer(summary, ["أعلنت الحكومة خطة", "وقال وزير الزراعة", "قروضا ميسرة للمزارعين"]);

        var issues = CreateSut().Validate(answer, Article);

        Assert.That(issues, Has.Count.EqualTo(SummaryValidator.MaxIssues));
        Assert.That(issues[^1], Does.StartWith("and ").And.EndWith("more problems of the same kinds"));
    }

    private static SummaryValidator CreateSut() => new(Options.Create(new LlmOptions()));
}
