using Summarizer.Testing.OpenAi;

namespace Summarizer.Core.Tests.Summarization.Llm;

/// <summary>
/// Answers a model gives when a page's hidden instructions take over, about <see cref="LlmTestArticles"/>. All but the
/// English ones are mostly Arabic, with the article's numbers and key points, so only the hostile-output check can catch them.
/// </summary>
internal static class HostileAnswers
{
    private static readonly string Summary = LlmTestArticles.Summary;

    /// <summary>Name, summary, and the words the validation issue must contain.</summary>
    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("HtmlTags", Summary.Replace("أعلنت", "<b>أعلنت</b>", StringComparison.Ordinal), "markup");
        yield return Case("ImageTag", "<img src=x onerror=alert(1)>" + Summary, "markup");
        yield return Case("MarkdownLink", Summary + " [التفاصيل](https://t.co/a)", "markup");
        yield return Case("LinkNotInArticle", Summary + " التفاصيل على www.t.co", "link that is not in the article");
        yield return Case("EchoedDelimiter", Summary + " ### ARTICLE END ###", "repeats the instructions");
        yield return Case("EchoedRulesInArabic", Summary + " تعليماتي هي أن أكتب بالعربية فقط.", "repeats the instructions");
        yield return Case("ArabicRefusal", "عذراً، لا أستطيع تلخيص هذا المقال.", "refusal");
        yield return Case("AsAnAiRefusal", "As an AI language model, I cannot summarize this article.", "refusal");
        yield return Case("EnglishInsteadOfArabic", "The ministry announced a plan to build 120 new schools in three years.", "Arabic");
    }

    public static FakeReply Reply(string summary) => FakeReply.Answer(summary, LlmTestArticles.KeyPoints);

    private static TestCaseData Case(string name, string summary, string reason) =>
        new TestCaseData(summary, reason).SetArgDisplayNames(name);
}
