using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Summarization;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Core.Tests.Summarization.Llm;

/// <summary>
/// <c>auto</c> against an LLM that is down, refuses or fails after its retries: the extractive summary, the cause in
/// its validation issues, a time to ask the LLM again; <c>llm</c> still fails. An open circuit skips the endpoint.
/// </summary>
[TestFixture]
public sealed class LlmOutageTests : LlmFixture
{
    [TestCase(500, 3, TestName = "SummarizeAsync_AutoServerErrorAfterRetries_ExtractiveWithTheCause")]
    [TestCase(401, 1, TestName = "SummarizeAsync_AutoUnauthorized_ExtractiveWithTheCause")]
    [TestCase(403, 1, TestName = "SummarizeAsync_AutoForbidden_ExtractiveWithTheCause")]
    public async Task SummarizeAsync_AutoFailingEndpoint_ExtractiveWithTheCause(int status, int requests)
    {
        await StartLlmAsync([FakeReply.Error(status)]);
        var sut = Services!.GetRequiredService<ISummarizerSelector>().Select(SummarizerChoice.Auto);

        var result = await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Summarizer, Is.EqualTo("extractive"));
            Assert.That(result.KeyPoints, Is.Not.Empty);
            Assert.That(result.ValidationIssues[0], Does.Contain($"LLM endpoint answered {status}").And.EndWith("the extractive summary is used"));
            Assert.That(result.RetryLlmAfter, Is.Not.Null, "the worker asks the LLM again later");
            Assert.That(Server!.Requests, Has.Count.EqualTo(requests));
        });
    }

    [Test]
    public async Task SummarizeAsync_AutoEndpointDown_ExtractiveWithTheCause()
    {
        using var services = LlmTestHost.Create(new Uri($"http://127.0.0.1:{ClosedPort()}/v1/"));
        var sut = services.GetRequiredService<ISummarizerSelector>().Select(SummarizerChoice.Auto);

        var result = await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Summarizer, Is.EqualTo("extractive"));
            Assert.That(result.ValidationIssues[0], Does.Contain("could not connect to the LLM endpoint"));
        });
    }

    [Test]
    public async Task SummarizeAsync_ExplicitLlmServerError_StillFails()
    {
        var sut = await StartLlmAsync([FakeReply.Error(500)]);

        var error = Assert.ThrowsAsync<SummarizerException>(() => sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.StartWith("LLM endpoint answered 500"));
            Assert.That(error.LlmUnavailable, Is.Not.Null);
        });
    }

    [Test]
    public async Task SummarizeAsync_CircuitOpenAfterFailuresInARow_SkipsTheEndpointUntilTheBreakEnds()
    {
        await StartLlmAsync([FakeReply.Error(401)], s =>
        {
            s["Summarizer:Llm:CircuitBreakAfter"] = "2";
            s["Summarizer:Llm:CircuitBreakDuration"] = "01:00:00";
        });
        var sut = Services!.GetRequiredService<ISummarizerSelector>().Select(SummarizerChoice.Auto);

        for (var i = 0; i < 2; i++)
        {
            await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);
        }

        var skipped = await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(Server!.Requests, Has.Count.EqualTo(2), "the third article did not call the endpoint");
            Assert.That(skipped.Summarizer, Is.EqualTo("extractive"));
            Assert.That(skipped.ValidationIssues[0], Does.Contain("LLM calls are paused").And.Contain("CircuitBreakDuration"));
        });
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
