using Microsoft.Extensions.DependencyInjection;
using Summarizer.Summarization;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Core.Tests.Summarization.Llm;

/// <summary>One fake OpenAI-compatible endpoint and the services pointed at it per test, disposed after the test.</summary>
public abstract class LlmFixture
{
    protected FakeOpenAiEndpoint? Server { get; private set; }

    protected ServiceProvider? Services { get; private set; }

    [TearDown]
    public async Task DisposeEndpointAsync()
    {
        if (Services is not null)
        {
            await Services.DisposeAsync();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    /// <summary>Answers with <paramref name="replies"/> in order; the last one answers every later request too.</summary>
    private protected Task<IArticleSummarizer> StartLlmAsync(FakeReply[] replies, Action<Dictionary<string, string?>>? configure = null) =>
        StartLlmAsync(request => replies[Math.Min(request.Index, replies.Length - 1)], configure);

    private protected async Task<IArticleSummarizer> StartLlmAsync(
        Func<FakeChatRequest, FakeReply> responder, Action<Dictionary<string, string?>>? configure = null, CapturingLoggerProvider? logs = null,
        TimeProvider? time = null)
    {
        Server = await FakeOpenAiEndpoint.StartAsync(responder);
        Services = LlmTestHost.Create(Server.Endpoint, configure, logs, time);
        return Services.Llm();
    }
}
