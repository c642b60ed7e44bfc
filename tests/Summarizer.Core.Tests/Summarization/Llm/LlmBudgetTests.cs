using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Summarization;
using Summarizer.Summarization.Llm;
using Summarizer.Summarization.Llm.Budget;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Core.Tests.Summarization.Llm;

/// <summary>
/// The daily token budget against the loopback endpoint, on a clock the test moves: calls stop at the right count,
/// articles past it get the extractive summary queued for the next UTC day, one warning a day, and the day rolls over
/// once, at midnight. (Shared by two processes on PostgreSQL: Summarizer.Worker.Tests.)
/// </summary>
[TestFixture]
public sealed class LlmBudgetTests : LlmFixture
{
    /// <summary>Every call costs exactly 400 + 100 tokens.</summary>
    private static readonly FakeReply Reply = LlmTestArticles.Grounded() with { PromptTokens = 400, CompletionTokens = 100 };

    private FakeTimeProvider _time = null!;
    private CapturingLoggerProvider _logs = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 23, 0, 0, TimeSpan.Zero));
        _logs = new CapturingLoggerProvider();
    }

    [Test]
    public async Task SummarizeAsync_TokenBudgetOfThreeCalls_ThreeCallsThenExtractiveQueuedForTheNextDay()
    {
        var sut = await CreateSut(budget: 1500);

        var results = new List<ArticleSummary>();
        for (var i = 0; i < 5; i++)
        {
            results.Add(await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None));
        }

        var nextDay = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var usage = await Services!.GetRequiredService<ILlmUsageStore>().GetUsageAsync(new DateOnly(2026, 3, 1), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(Server!.Requests, Has.Count.EqualTo(3), "1500 tokens = three calls of 500");
            Assert.That(results.Select(r => r.Summarizer), Is.EqualTo(new[] { "llm", "llm", "llm", "extractive", "extractive" }));
            Assert.That(results[3].ValidationIssues[0], Does.Contain("today's LLM budget is spent").And.Contain("Summarizer__Llm__DailyTokenBudget = 1500"));
            Assert.That(results[3].RetryLlmAfter, Is.EqualTo(nextDay));
            Assert.That(usage.Tokens, Is.EqualTo(1500));
            Assert.That(usage.Calls, Is.EqualTo(3));
            Assert.That(usage.ReservedTokens, Is.Zero, "every reservation was committed");
            Assert.That(_logs.Lines.Count(l => l.StartsWith("Warning", StringComparison.Ordinal)),
                Is.EqualTo(1), "one warning for the day");
        });
    }

    [Test]
    public async Task SummarizeAsync_BudgetSpentAtMidnight_RollsOverOnceAtMidnight()
    {
        var sut = await CreateSut(budget: 500);
        await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(59)); // 23:59:59

        var beforeMidnight = await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1)); // 00:00:00
        var atMidnight = await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);
        var secondOfNewDay = await sut.SummarizeAsync(LlmTestArticles.Article(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(beforeMidnight.Summarizer, Is.EqualTo("extractive"));
            Assert.That(atMidnight.Summarizer, Is.EqualTo("llm"), "a new day, a new budget");
            Assert.That(secondOfNewDay.Summarizer, Is.EqualTo("extractive"), "the new day's budget is spent too: no second rollover");
            Assert.That(Server!.Requests, Has.Count.EqualTo(2));
            Assert.That(_logs.Lines.Count(l => l.StartsWith("Warning", StringComparison.Ordinal)),
                Is.EqualTo(2), "one warning on each day");
        });
    }

    [TestCase("DailyTokenBudget", "-1")]
    [TestCase("DailyTokenBudget", "20000000000")]
    [TestCase("DailyCostBudget", "-0.5")]
    [TestCase("DailyCostBudget", "5000000")]
    public void Options_NegativeOrAbsurdBudget_RefusedNamingTheSetting(string setting, string value)
    {
        using var services = LlmTestHost.Create(new Uri("http://127.0.0.1:9/v1/"), s =>
        {
            s[$"Summarizer:Llm:{setting}"] = value;
            s["Summarizer:Llm:InputPricePerMillionTokens"] = "1";
        });

        var error = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.That(error!.Message, Does.Contain($"Summarizer__Llm__{setting}"));
    }

    private Task<IArticleSummarizer> CreateSut(int budget) =>
        StartLlmAsync(_ => Reply, s => s["Summarizer:Llm:DailyTokenBudget"] = budget.ToString(System.Globalization.CultureInfo.InvariantCulture), _logs, _time)
            .ContinueWith(_ => Services!.GetRequiredService<ISummarizerSelector>().Select(SummarizerChoice.Auto), TaskScheduler.Default);
}
