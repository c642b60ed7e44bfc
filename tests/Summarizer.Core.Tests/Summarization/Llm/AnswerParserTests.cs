using Summarizer.Summarization.Llm.Answers;

namespace Summarizer.Core.Tests.Summarization.Llm;

[TestFixture]
public sealed class AnswerParserTests
{
    [Test]
    public void Parse_PlainJson_ReadsSummaryAndKeyPoints()
    {
        var result = AnswerParser.Parse("""{"summary": "ملخص.", "keyPoints": ["أ", "ب", "ج"]}""");

        Assert.That(result.Answer, Is.EqualTo(new LlmAnswer("ملخص.", result.Answer!.KeyPoints)));
        Assert.That(result.Answer.KeyPoints, Is.EqualTo(new[] { "أ", "ب", "ج" }));
    }

    [Test]
    public void Parse_FenceWithTextAroundAndTrailingComma_ReadsTheObject()
    {
        var result = AnswerParser.Parse("إليك الملخص:\n```json\n{\"summary\": \"ملخص.\", \"keyPoints\": [\"أ\", \"ب\",],}\n```\nشكرا");

        Assert.That(result.Answer?.KeyPoints, Is.EqualTo(new[] { "أ", "ب" }));
    }

    [Test]
    public void Parse_SnakeCaseKeyPointsAsBulletedString_SplitsAndStripsMarkers()
    {
        var result = AnswerParser.Parse("""{"Summary": "ملخص.", "key_points": "- أولا\n• ثانيا\n3. ثالثا\n٤) رابعا"}""");

        Assert.That(result.Answer?.KeyPoints, Is.EqualTo(new[] { "أولا", "ثانيا", "ثالثا", "رابعا" }));
    }

    [TestCase(null, "the answer was empty")]
    [TestCase("   ", "the answer was empty")]
    [TestCase("I cannot summarize this.", "the answer holds no JSON object")]
    [TestCase("{\"summary\": \"x\", \"keyPoints\": [\"a\" \"b\"]}", "the answer is not valid JSON")]
    [TestCase("{\"keyPoints\": [\"a\"]}", "the JSON has no \"summary\" string")]
    [TestCase("{\"summary\": \"x\", \"keyPoints\": []}", "the JSON has no \"keyPoints\" array of strings")]
    [TestCase("{\"summary\": \"x\", \"keyPoints\": [\"a\\udc00b\"]}", "the answer holds invalid Unicode")] // found by fuzzing
    public void Parse_UnusableAnswer_SaysWhy(string? text, string expected)
    {
        var result = AnswerParser.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Answer, Is.Null);
            Assert.That(result.Error, Does.StartWith(expected));
        });
    }

    [Test]
    public void Parse_RawLoneSurrogate_SaysWhy()
    {
        var result = AnswerParser.Parse("{\"summary\": \"x" + (char)0xD800 + "\", \"keyPoints\": [\"a\"]}");

        Assert.That(result.Error, Does.StartWith("the answer holds invalid Unicode"));
    }
}
