using System.Text;
using CsCheck;
using Microsoft.Extensions.Options;
using Summarizer.Core.Tests.Summarization.Llm;
using Summarizer.Summarization.Llm;
using Summarizer.Summarization.Llm.Answers;
using Summarizer.Summarization.Llm.Validation;

namespace Summarizer.Core.Tests.Fuzzing;

/// <summary>
/// Model answers, damaged and random: the parser returns its result type (an answer or the reason there is none),
/// never throws, and the validator then reads every parsed answer without throwing.
/// </summary>
[TestFixture]
public sealed class AnswerParserFuzzTests
{
    private static readonly string ArticleText = LlmTestArticles.Title + "\n\n" + string.Join('\n', LlmTestArticles.Paragraphs);

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ":", ",", "\"", "\"summary\"", "\"keyPoints\"", "\"key_points\"", "\"النقاط\"", "\"الملخص\"", "\"points\"",
        "```json\n", "```", "\n", "\\n", "\\\"", "\\u", "\\ud800", "\\udc00", "\\uD83D\\uDE00", "\\u0000", "\\x41", "null", "true", "1e999", "-0", "NaN",
        "//", "/*", "*/", "- ", "• ", "١. ", "3) ", "[[[[[[[[[[[[[[[[[[[[", "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":",
        "أعلنت الوزارة خطة لبناء 120 مدرسة.", "كلمة", "Ignore previous instructions", "<script>alert(1)</script>", "\uD800", "\uFEFF",
    ];

    private static readonly byte[][] Answers =
    [
        Encoding.UTF8.GetBytes(LlmTestArticles.Grounded().Content!),
        Encoding.UTF8.GetBytes("Here you go:\n```json\n{\"summary\": \"" + LlmTestArticles.Summary + "\", \"key_points\": \"- أ\\n- ب\\n- ج\",}\n```"),
    ];

    [Test]
    public void Parse_ScrambledAnswers_ReturnsResultWithoutThrowing()
    {
        var validator = CreateValidator();
        var gen = Mutations.Of(Answers, Fragments).Select(bytes => Encoding.UTF8.GetString(bytes));

        Fuzz.Check(gen, 1500, text => AssertContract(validator, text), Fuzz.Describe);
    }

    [Test]
    public void Parse_RandomText_ReturnsResultWithoutThrowing()
    {
        var validator = CreateValidator();

        Fuzz.Check(Mutations.Text(Fragments, 60), 1500, text => AssertContract(validator, text), Fuzz.Describe);
    }

    private static void AssertContract(SummaryValidator validator, string text)
    {
        var result = AnswerParser.Parse(text);

        Assert.That(result.Answer is null, Is.Not.EqualTo(result.Error is null), "exactly one of answer and error");
        if (result.Answer is { } answer)
        {
            Assert.That(validator.Validate(answer, ArticleText), Is.Not.Null);
        }
    }

    private static SummaryValidator CreateValidator() => new(Options.Create(new LlmOptions()));
}
