using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Summarization;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Core.Tests.Summarization.Llm;

/// <summary>
/// Endpoint faults against a real loopback server: each ends in a summary or in one SummarizationFailed error that
/// names the cause. Timeouts are 1 s and retry delays 20 ms so the fixture stays fast.
/// </summary>
[TestFixture]
public sealed class LlmSummarizerFaultTests : LlmFixture
{
    private CapturingLoggerProvider _logs = null!;

    [SetUp]
    public void SetUp() => _logs = new CapturingLoggerProvider();

    [Test]
    public async Task SummarizeAsync_Unauthorized_ThrowsNamingTheApiKeySettingWithoutRetrying()
    {
        var sut = await CreateSut(FakeReply.Error(401));

        var error = await SummarizeFailingAsync(sut);

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("LLM endpoint answered 401 Unauthorized: check Summarizer__Llm__ApiKey"));
            Assert.That(Server!.Requests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task SummarizeAsync_TooManyRequestsWithRetryAfter_WaitsAsToldThenSucceeds()
    {
        var arrivals = new List<long>();
        var sut = await CreateSut(request =>
        {
            lock (arrivals)
            {
                arrivals.Add(Stopwatch.GetTimestamp());
            }

            return request.Index == 0 ? FakeReply.Error(429, retryAfter: "1") : LlmTestArticles.Grounded();
        });

        var result = await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Grounded, Is.True);
            Assert.That(Server!.Requests, Has.Count.EqualTo(2));
            Assert.That(Stopwatch.GetElapsedTime(arrivals[0], arrivals[1]), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)),
                "Retry-After: 1 is honoured (the configured retry delay is 20 ms)");
        });
    }

    [Test]
    public async Task SummarizeAsync_TooManyRequestsEveryTime_ThrowsAfterRetriesNamingTheStatus()
    {
        var sut = await CreateSut(FakeReply.Error(429));

        var error = await SummarizeFailingAsync(sut);

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith("LLM endpoint answered 429 Too Many Requests after 2 retries"));
            Assert.That(Server!.Requests, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task SummarizeAsync_ServerErrorOnce_RetriesAndSucceeds()
    {
        var sut = await CreateSut(request => request.Index == 0 ? FakeReply.Error(500) : LlmTestArticles.Grounded());

        var result = await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Grounded, Is.True);
            Assert.That(Server!.Requests, Has.Count.EqualTo(2));
            Assert.That(result.Usage!.Calls, Is.EqualTo(1), "a retried attempt is one call");
        });
    }

    [Test]
    public async Task SummarizeAsync_ServerErrorEveryTime_ThrowsNamingTheStatus()
    {
        var sut = await CreateSut(FakeReply.Error(500));

        var error = await SummarizeFailingAsync(sut);

        Assert.That(error.Message, Does.StartWith("LLM endpoint answered 500 Internal Server Error after 2 retries"));
    }

    [Test]
    public async Task SummarizeAsync_EndpointHangsPastTimeout_ThrowsNamingTheTimeout()
    {
        var sut = await CreateSut(LlmTestArticles.Grounded() with { Delay = TimeSpan.FromSeconds(10) }, s => s["Summarizer:Llm:MaxRetries"] = "0");
        var clock = Stopwatch.StartNew();

        var error = await SummarizeFailingAsync(sut);

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith("LLM endpoint did not answer within 1 s"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(8)));
        });
    }

    [Test]
    public async Task SummarizeAsync_ConnectionRefused_ThrowsNamingTheEndpoint()
    {
        var port = ClosedPort();
        await using var services = LlmTestHost.Create(new Uri($"http://127.0.0.1:{port}/v1/"), s => s["Summarizer:Llm:MaxRetries"] = "0", _logs);

        var error = await SummarizeFailingAsync(services.Llm());

        Assert.That(error.Message, Does.StartWith($"could not connect to the LLM endpoint http://127.0.0.1:{port}").And.Contain("ConnectionRefused"));
    }

    [Test]
    public async Task SummarizeAsync_SuccessAndUnauthorized_NeverLogTheApiKey()
    {
        var sut = await CreateSut(request => request.Index == 0 ? LlmTestArticles.Grounded() : FakeReply.Error(401));

        await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);
        var error = await SummarizeFailingAsync(sut);

        var lines = _logs.Lines.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.Contains("LLM summary of https://news.example/schools"), "logging was captured at all levels");
            Assert.That(lines, Has.Some.Contains(LlmTestArticles.Paragraphs[1]), "prompts are logged at Trace, so the key would show if it were there");
            Assert.That(lines, Has.None.Contains(LlmTestHost.ApiKey));
            Assert.That(error.ToString(), Does.Not.Contain(LlmTestHost.ApiKey));
        });
    }

    private static async Task<SummarizerException> SummarizeFailingAsync(IArticleSummarizer sut)
    {
        try
        {
            await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);
        }
        catch (SummarizerException ex)
        {
            Assert.That(ex.Kind, Is.EqualTo(FailureKind.SummarizationFailed));
            return ex;
        }

        Assert.Fail("expected a SummarizerException");
        throw new UnreachableException();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private Task<IArticleSummarizer> CreateSut(FakeReply reply, Action<Dictionary<string, string?>>? configure = null) =>
        CreateSut(_ => reply, configure);

    private async Task<IArticleSummarizer> CreateSut(Func<FakeChatRequest, FakeReply> responder, Action<Dictionary<string, string?>>? configure = null)
    {
        return await StartLlmAsync(responder, configure, _logs);
    }
}
