using System.Net;
using Summarizer.Diagnostics;
using Summarizer.Summarization;
using Summarizer.Web.Tests.Support;
using Summarizer.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.Web.Tests.Health;

[TestFixture]
[NonParallelizable]
public sealed class OperationsTests
{
    [Test]
    public async Task Healthz_StoreAnswers_Healthy()
    {
        using var factory = ReadingRoomFactory.Sqlite();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"store\""));
    }

    [Test]
    public async Task Healthz_StoreUnreachable_503()
    {
        using var factory = ReadingRoomFactory.Sqlite(new() { ["Summarizer:Storage:ConnectionString"] = "Data Source=/proc/no-such-dir/x.db;Mode=ReadOnly" });
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    [Test]
    public async Task Healthz_WorkerInProcessNoPassForTwoIntervals_503ThenHealthyAfterAPass()
    {
        using var factory = ReadingRoomFactory.Sqlite(new() { ["Summarizer:Worker:PollInterval"] = "00:10:00" }, withWorker: true);
        using var client = factory.CreateClient();
        Assert.That((await client.GetAsync("/healthz")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "within the first two intervals");
        // The hosted worker runs its first pass at start-up; let it finish before the clock moves, or it would finish
        // "after" the advance and the check would see a fresh pass.
        var pass = factory.Services.GetRequiredService<WorkerPass>();
        for (var waited = 0; pass.LastFinishedAt is null && waited < 600; waited++)
        {
            await Task.Delay(50);
        }

        Assert.That(pass.LastFinishedAt, Is.Not.Null, "the start-up pass finished");
        // A worker that stopped passing: the test clock fires timers, so a running service would wake at its interval
        // during the advance and pass again.
        await factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<WorkerService>().Single().StopAsync(CancellationToken.None);
        factory.Time.Advance(TimeSpan.FromMinutes(25));
        var late = await client.GetAsync("/healthz");
        await pass.RunAsync(allSources: true, waitForLeased: false, CancellationToken.None);
        var after = await client.GetAsync("/healthz");

        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await late.Content.ReadAsStringAsync(), Does.Contain("\"worker\""));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Metrics_AfterWorkAndARequest_PrometheusHasSummarizerAndHttpMetrics()
    {
        using var factory = ReadingRoomFactory.Sqlite();
        using var client = factory.CreateClient();
        await client.GetAsync("/");
        SummarizerMetrics.ArticlesDiscovered("metrics-source", 3);
        SummarizerMetrics.ArticleSummarized("metrics-source");
        SummarizerMetrics.SummarizeTook("metrics-source", TimeSpan.FromMilliseconds(250), new ArticleSummary
        {
            Summary = "s", KeyPoints = [], Summarizer = "llm", Model = "m", PromptVersion = "v", Usage = new TokenUsage(100, 20, 2, 0.01m),
        });

        var text = await client.GetStringAsync("/metrics");

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Match("summarizer_articles_discovered_[a-z_]*total\\{[^}]*source=\"metrics-source\"[^}]*\\} 3"));
            Assert.That(text, Does.Contain("summarizer_llm_calls"));
            Assert.That(text, Does.Contain("summarizer_llm_tokens"));
            Assert.That(text, Does.Contain("summarizer_summarize_duration_seconds_bucket"));
            Assert.That(text, Does.Contain("http_server_request_duration_seconds_bucket"));
        });
    }
}
