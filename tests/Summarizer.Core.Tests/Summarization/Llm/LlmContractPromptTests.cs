using Summarizer.Summarization;

namespace Summarizer.Core.Tests.Summarization.Llm;

/// <summary>The prompts are filled from the one summary contract (Summarizer:SummaryContract), and the answer is held to it.</summary>
[TestFixture]
public sealed class LlmContractPromptTests : LlmFixture
{
    [Test]
    public async Task SummarizeAsync_DefaultContract_AsksForOneToThreeSentencesAndThreeToFivePointsOf25Words()
    {
        var sut = await StartLlmAsync([LlmTestArticles.Grounded()]);

        var result = await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(Server!.Requests.Single().System, Does.Contain("\"summary\": 1 to 3 sentences with the main news.")
                .And.Contain("\"keyPoints\": 3 to 5 different facts, each one sentence of at most 25 words"));
            Assert.That(result.PromptVersion, Is.EqualTo("combine-summaries@1,repair-answer@1,summarize-article@1,summarize-chunk@1"),
                "the default contract keeps the stored summary keys");
        });
    }

    [Test]
    public async Task SummarizeAsync_ContractOfAtLeastFourPoints_PromptSaysFourAndAThreePointAnswerIsRepaired()
    {
        var sut = await StartLlmAsync([LlmTestArticles.Grounded()], s => s["Summarizer:SummaryContract:MinKeyPoints"] = "4");

        var result = await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);

        Assert.That(LlmTestArticles.KeyPoints, Has.Length.EqualTo(3), "the canned answer has three points");
        Assert.Multiple(() =>
        {
            Assert.That(Server!.Requests[0].System, Does.Contain("\"keyPoints\": 4 to 5 different facts"));
            Assert.That(Server!.Requests, Has.Count.EqualTo(2), "three points break a contract of four: one repair request");
            Assert.That(Server!.Requests[1].User, Does.Contain("there are 3 key points; there must be 4 to 5"));
            Assert.That(result.Summarizer, Is.EqualTo("extractive"), "still three points after the repair: the extractive box");
            Assert.That((sut as IVersionedSummarizer)?.PromptVersion, Does.EndWith(";contract:1/3/4/5/25"), "a summary under another contract is not reused");
        });
    }
}
