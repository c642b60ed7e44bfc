using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Summarizer.Extraction;
using Summarizer.Fetching;
using Summarizer.Fetching.Politeness;
using Summarizer.Pipeline;
using Summarizer.Storage;
using Summarizer.Summarization;
using Summarizer.Worker;

namespace Summarizer.Core.Tests.Worker;

/// <summary>
/// One article's path through the worker. Its total time budget: a stage that never ends fails the article instead of
/// holding the worker (on a clock the test moves). Its source's settings: the language assumed when the page does not say.
/// </summary>
[TestFixture]
public sealed class ArticleProcessorTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2); // only ends a hang: every wait here is on the fake clock or a task

    private readonly Mock<IPageFetcher> _fetcher = new();
    private readonly Mock<IContentExtractor> _extractor = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly Mock<IArticleQueue> _store = new();
    private readonly Mock<ISummaryStore> _summaries = new();
    private readonly Mock<IArticleSummarizer> _summarizer = new();

    [SetUp]
    public void SetUp()
    {
        var page = new FetchedPage(new Uri("https://news.example/a/1"), "<p>x</p>"u8.ToArray(), "text/html", null);
        _fetcher.Setup(f => f.FetchAsync(It.IsAny<Uri>(), It.IsAny<CancellationToken>())).ReturnsAsync(page);
        _extractor.Setup(e => e.Extract(It.IsAny<FetchedPage>())).Returns(Extracted());
        _summarizer.SetupGet(s => s.Name).Returns("extractive");
        _store.Setup(s => s.RenewLeaseAsync(It.IsAny<long>(), It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
    }

    [Test]
    public async Task ProcessAsync_FetchThatNeverEnds_FailsNamingTheBudgetAndRetriesLater()
    {
        _fetcher.Setup(f => f.FetchAsync(It.IsAny<Uri>(), It.IsAny<CancellationToken>()))
            .Returns(async (Uri _, CancellationToken token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            });

        var processing = CreateSut().ProcessAsync(Article(), _summarizer.Object, CancellationToken.None);
        _time.Advance(Budget);
        var outcome = await WithinHangGuard(processing);

        Assert.That(outcome, Is.EqualTo(ArticleOutcome.Retrying));
        _store.Verify(s => s.MarkFailedAsync(1, It.Is<string>(e => e.Contains("Summarizer:Worker:ArticleTimeBudget")), It.IsNotNull<DateTimeOffset?>(), It.IsAny<CancellationToken>()));
        _store.Verify(s => s.ReleaseAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task ProcessAsync_SummarizerThatNeverEnds_FailsNamingTheBudget()
    {
        _summarizer.Setup(s => s.SummarizeAsync(It.IsAny<ExtractedArticle>(), It.IsAny<CancellationToken>()))
            .Returns(async (ExtractedArticle _, CancellationToken token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            });

        var processing = CreateSut().ProcessAsync(Article(), _summarizer.Object, CancellationToken.None);
        _time.Advance(Budget);
        var outcome = await WithinHangGuard(processing);

        Assert.That(outcome, Is.EqualTo(ArticleOutcome.Retrying));
        _store.Verify(s => s.MarkFailedAsync(1, It.Is<string>(e => e.Contains("time budget")), It.IsAny<DateTimeOffset?>(), It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task ProcessAsync_ShutdownBeforeTheBudget_ReleasesTheClaim()
    {
        _fetcher.Setup(f => f.FetchAsync(It.IsAny<Uri>(), It.IsAny<CancellationToken>()))
            .Returns(async (Uri _, CancellationToken token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            });
        using var shutdown = new CancellationTokenSource();

        var processing = CreateSut(TimeSpan.FromMinutes(5)).ProcessAsync(Article(), _summarizer.Object, shutdown.Token);
        await shutdown.CancelAsync();
        var outcome = await WithinHangGuard(processing);

        Assert.That(outcome, Is.EqualTo(ArticleOutcome.Released));
    }

    [Test]
    public async Task ProcessAsync_PageWithoutALanguage_TakesTheSourceLanguage()
    {
        _extractor.Setup(e => e.Extract(It.IsAny<FetchedPage>())).Returns(Extracted() with { Language = "und", Direction = "ltr" });
        ExtractedArticle? summarized = null;
        _summarizer.Setup(s => s.SummarizeAsync(It.IsAny<ExtractedArticle>(), It.IsAny<CancellationToken>()))
            .Callback((ExtractedArticle article, CancellationToken _) => summarized = article)
            .ReturnsAsync(new ArticleSummary { Summary = "ملخص.", KeyPoints = [], Summarizer = "extractive", PromptVersion = "t" });

        await CreateSut(sourceLanguage: "ar").ProcessAsync(Article(), _summarizer.Object, CancellationToken.None);

        Assert.That(summarized?.Language, Is.EqualTo("ar"));
        Assert.That(summarized?.Direction, Is.EqualTo("rtl"));
    }

    [Test]
    public async Task ProcessAsync_ArticleSlowerThanTheLease_RenewsItEveryThirdAndFinishes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var started = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        _summarizer.Setup(s => s.SummarizeAsync(It.IsAny<ExtractedArticle>(), It.IsAny<CancellationToken>()))
            .Returns(async (ExtractedArticle _, CancellationToken token) =>
            {
                started.TrySetResult();
                await finish.Task.WaitAsync(token);
                return new ArticleSummary { Summary = "s", KeyPoints = ["a", "b", "c"], Summarizer = "extractive", PromptVersion = "1" };
            });
        var renewals = 0;
        _store.Setup(s => s.RenewLeaseAsync(It.IsAny<long>(), It.IsAny<string>(), TimeSpan.FromMinutes(1), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => Interlocked.Increment(ref renewals) > 0);

        var processing = CreateSut(TimeSpan.FromHours(1), time: clock).ProcessAsync(Article(), _summarizer.Object, CancellationToken.None);
        await started.Task.WaitAsync(HangGuard);
        for (var i = 1; i <= 6; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(20)); // a third of the one-minute lease
            await WaitUntilAsync(() => Volatile.Read(ref renewals) >= i);
        }

        finish.SetResult();
        var outcome = await WithinHangGuard(processing);

        Assert.That(outcome, Is.EqualTo(ArticleOutcome.Summarized));
        Assert.That(renewals, Is.EqualTo(6), "two minutes of work under a one-minute lease: renewed at every third");
    }

    [Test]
    public async Task ProcessAsync_LeaseLostToAnotherWorker_StopsAndWritesNothing()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var started = new TaskCompletionSource();
        _summarizer.Setup(s => s.SummarizeAsync(It.IsAny<ExtractedArticle>(), It.IsAny<CancellationToken>()))
            .Returns(async (ExtractedArticle _, CancellationToken token) =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            });
        _store.Setup(s => s.RenewLeaseAsync(It.IsAny<long>(), It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        _store.Invocations.Clear(); // the fixture's mocks live across its tests
        _summaries.Invocations.Clear();

        var processing = CreateSut(TimeSpan.FromHours(1), time: clock).ProcessAsync(Article(), _summarizer.Object, CancellationToken.None);
        await started.Task.WaitAsync(HangGuard);
        clock.Advance(TimeSpan.FromSeconds(20));
        var outcome = await WithinHangGuard(processing);

        Assert.That(outcome, Is.EqualTo(ArticleOutcome.Released));
        _store.Verify(s => s.MarkFailedAsync(It.IsAny<long>(), It.IsAny<string>(), It.IsAny<DateTimeOffset?>(), It.IsAny<CancellationToken>()), Times.Never);
        _summaries.Verify(s => s.SaveSummaryAsync(It.IsAny<long>(), It.IsAny<string>(), It.IsAny<ArticleSummary>(), It.IsAny<CancellationToken>()), Times.Never);
        _store.Verify(s => s.ReleaseAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task ProcessAsync_StandInEqualToAStoredSummary_ReusedAndStillQueuedForItsLlmSummary()
    {
        // The LLM is still down on the article's retry: the extractive stand-in equals the one stored the first time, so
        // the store keeps that one (not created), and the article must still come back for its LLM summary.
        var retryAt = _time.GetUtcNow().AddMinutes(5);
        _summarizer.Setup(s => s.SummarizeAsync(It.IsAny<ExtractedArticle>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ArticleSummary
            {
                Summary = "ملخص.", KeyPoints = ["أ", "ب", "ج"], Summarizer = "extractive", PromptVersion = "t", RetryLlmAfter = retryAt,
                ValidationIssues = ["the LLM is unavailable"],
            });
        _summaries.Setup(s => s.SaveSummaryAsync(1, It.IsAny<string>(), It.IsAny<ArticleSummary>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SavedSummary(7, Created: false));
        _store.Invocations.Clear();

        var outcome = await WithinHangGuard(CreateSut(TimeSpan.FromHours(1)).ProcessAsync(Article(), _summarizer.Object, CancellationToken.None));

        Assert.That(outcome, Is.EqualTo(ArticleOutcome.Reused));
        _store.Verify(s => s.MarkFailedAsync(1, It.Is<string>(e => e.Contains("LLM summary queued")), retryAt, It.IsAny<CancellationToken>()), Times.Once);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var giveUp = DateTime.UtcNow + HangGuard;
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(giveUp), "hang guard");
            await Task.Delay(10);
        }
    }

    private static async Task<ArticleOutcome> WithinHangGuard(Task<ArticleOutcome> processing)
    {
        var finished = await Task.WhenAny(processing, Task.Delay(HangGuard));
        Assert.That(finished, Is.SameAs(processing), "the article was not stopped by its time budget");
        return await processing;
    }

    private static ArticleRecord Article() => new()
    {
        Id = 1,
        Url = "https://news.example/a/1",
        Source = "test",
        Status = ArticleStatus.Pending,
        DiscoveredAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    private static ExtractedArticle Extracted() => new()
    {
        Title = "عنوان",
        Paragraphs = ["نص المقال الأول.", "نص المقال الثاني."],
        Language = "ar",
        Direction = "rtl",
    };

    private ArticleProcessor CreateSut(TimeSpan? budget = null, string? sourceLanguage = null, TimeProvider? time = null)
    {
        var gate = new Mock<IPolitenessGate>();
        gate.Setup(g => g.EnterAsync(It.IsAny<Uri>(), It.IsAny<CancellationToken>())).ReturnsAsync(Mock.Of<IAsyncDisposable>());
        var clock = time ?? _time;
        var workflow = new ArticleWorkflow(
            new PolitePageFetcher(_fetcher.Object, gate.Object), _extractor.Object, _store.Object, _summaries.Object, new SummaryContract(), clock, NullLogger<ArticleWorkflow>.Instance);
        return new ArticleProcessor(
            workflow,
            _store.Object,
            Options.Create(new WorkerOptions { ArticleTimeBudget = budget ?? Budget }),
            Options.Create(new Summarizer.Sources.SourcesOptions { Sources = { new() { Name = "test", Url = new Uri("https://news.example/feed"), Language = sourceLanguage } } }),
            Options.Create(new StorageOptions()),
            clock,
            NullLogger<ArticleProcessor>.Instance);
    }
}
