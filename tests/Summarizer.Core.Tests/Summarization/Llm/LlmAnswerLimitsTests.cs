using System.Text;
using Microsoft.AspNetCore.Http;
using Summarizer.Summarization;
using Summarizer.Testing;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Core.Tests.Summarization.Llm;

/// <summary>
/// LLM answers held to a size (32 bytes per output token and 64 KiB) and to the call's timeouts while the body streams;
/// hostile text in an answer is made safe, and an answer that echoes the API key is refused.
/// </summary>
[TestFixture]
public sealed class LlmAnswerLimitsTests : LlmFixture
{
    [Test]
    public async Task SummarizeAsync_OversizedAnswer_RefusedWithoutBufferingIt()
    {
        // Written as is: the fake endpoint would otherwise count the tokens of 2 million characters first.
        var big = new FakeReply { RawBody = "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + new string('ا', 2_000_000) + "\"}}]}" };
        var sut = await StartLlmAsync([big], Limits);

        var error = Assert.ThrowsAsync<SummarizerException>(() => sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None));

        Assert.That(error!.Kind, Is.EqualTo(FailureKind.SummarizationFailed));
        Assert.That(error.Message, Does.Contain("larger than").And.Contain("MaxOutputTokens"));
        Assert.That(Server!.Requests, Has.Count.EqualTo(1), "a refused answer is not retried");
    }

    [Test]
    public async Task SummarizeAsync_EndlessAnswer_CutAtTheCap()
    {
        var endless = new FakeReply
        {
            WriteBody = async context =>
            {
                var chunk = Encoding.UTF8.GetBytes("{\"choices\":[{\"message\":{\"content\":\"" + new string('x', 8000));
                try
                {
                    while (!context.RequestAborted.IsCancellationRequested)
                    {
                        await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    }
                }
                catch (Exception ex) when (ex is OperationCanceledException or IOException)
                {
                }
            },
        };
        var sut = await StartLlmAsync([endless], Limits);

        var error = Assert.ThrowsAsync<SummarizerException>(() => sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("larger than"));
    }

    [Test]
    public async Task SummarizeAsync_TricklingAnswer_EndsWithTheTimeout()
    {
        var trickle = new FakeReply { WriteBody = Trickle.Of("application/json", "{\"choices\":[").WriteAsync };
        var sut = await StartLlmAsync([trickle], settings =>
        {
            Limits(settings);
            settings["Summarizer:Llm:MaxRetries"] = "0";
        });

        var error = Assert.ThrowsAsync<SummarizerException>(() => sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None));

        Assert.That(error!.Kind, Is.EqualTo(FailureKind.SummarizationFailed));
        Assert.That(error.Message, Does.Contain("did not answer within").Or.Contain("timed out"));
    }

    [Test]
    public async Task SummarizeAsync_AnswerEchoingTheApiKey_RejectedAndTheKeyNotInTheError()
    {
        var echo = FakeReply.Answer($"{LlmTestArticles.Summary} {LlmTestHost.ApiKey}", LlmTestArticles.KeyPoints);
        var sut = await StartLlmAsync([echo], Limits);

        var error = Assert.ThrowsAsync<SummarizerException>(() => sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("API key").And.Contain("hostile"));
        Assert.That(error.ToString(), Does.Not.Contain(LlmTestHost.ApiKey));
    }

    [Test]
    public async Task SummarizeAsync_ControlsAndBidiInTheAnswer_RemovedFromSummaryAndKeyPoints()
    {
        var points = LlmTestArticles.KeyPoints.Select((p, i) => i == 0 ? "\u001b]0;pwned\u0007" + p + "\u202E" : p).ToArray();
        var hostile = FakeReply.Answer("\u001b[2J" + LlmTestArticles.Summary + "\u009b", points);
        // Kept as the model wrote it (not replaced by the extractive summary), so that what is sanitized can be seen.
        var sut = await StartLlmAsync([hostile], s =>
        {
            Limits(s);
            s["Summarizer:Llm:OnValidationFailure"] = "KeepUngrounded";
        });

        ArticleSummary summary = await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);

        var all = summary.Summary + string.Concat(summary.KeyPoints);
        Assert.That(all.Where(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'), Is.Empty);
        Assert.That(summary.KeyPoints[0], Does.Contain("]0;pwned"), "the printable rest stays: only the controls go");
    }

    private static void Limits(Dictionary<string, string?> settings)
    {
        settings["Summarizer:Llm:MaxOutputTokens"] = "100";
        settings["Summarizer:Llm:Timeout"] = "00:00:01";
        settings["Summarizer:Llm:TotalTimeout"] = "00:00:02";
    }
}
