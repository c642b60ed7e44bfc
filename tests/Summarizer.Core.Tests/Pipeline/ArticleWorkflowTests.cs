using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Summarizer.Extraction;
using Summarizer.Fetching;
using Summarizer.Pipeline;
using Summarizer.Storage;
using Summarizer.Summarization;
using Summarizer.Summarization.Extractive;

namespace Summarizer.Core.Tests.Pipeline;

/// <summary>
/// The one article workflow on the sample page with the real extractor: every summary checked against the contract
/// (the extractive summarizer's too), a stored summary with the same key reused instead of paid again, a duplicate skipped.
/// </summary>
[TestFixture]
public sealed class ArticleWorkflowTests
{
    private static readonly string SamplePath = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Samples", "trump-putin-call.html");

    private readonly Mock<IArticleQueue> _queue = new();
    private readonly Mock<ISummaryStore> _summaries = new();
    private ServiceProvider _services = null!;

    [SetUp]
    public void SetUp() =>
        _services = new ServiceCollection().AddLogging().AddExtraction(new ConfigurationBuilder().Build()).BuildServiceProvider();

    [TearDown]
    public void TearDown() => _services.Dispose();

    [Test]
    public async Task RunAsync_ExtractiveSummaryOfTheSample_KeepsTheContract()
    {
        var result = await CreateSut(store: false).RunAsync(Job(), ExtractiveSummarizerFactory.Create(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(WorkflowOutcome.Summarized));
            Assert.That(result.Summary!.KeyPoints, Is.Not.Empty);
            Assert.That(result.ContractIssues, Is.Empty);
        });
    }

    [Test]
    public async Task RunAsync_SummarizerBreakingTheContract_ReportsEachIssue()
    {
        var summarizer = Summarizer(new ArticleSummary
        {
            Summary = "جملة أولى. جملة ثانية. جملة ثالثة. جملة رابعة.",
            KeyPoints = ["أ.", "ب.", "ج.", "د.", "هـ.", "و."],
            Summarizer = "broken",
            PromptVersion = "t",
        });

        var result = await CreateSut(store: false).RunAsync(Job(), summarizer.Object, CancellationToken.None);

        Assert.That(result.ContractIssues, Has.Count.EqualTo(2), string.Join("; ", result.ContractIssues));
    }

    [Test]
    public async Task RunAsync_SummaryWithTheSameKeyStored_ReusedAndTheSummarizerNotCalled()
    {
        var stored = new ArticleSummary { Summary = "ملخص محفوظ.", KeyPoints = ["أ.", "ب.", "ج."], Summarizer = "llm", Model = "m", PromptVersion = "p" };
        _summaries.Setup(s => s.FindSummaryAsync(It.Is<SummaryKey>(k => k.Summarizer == "llm" && k.Model == "m" && k.PromptVersion == "p"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SummaryRecord(9, 1, new SummaryKey("h", "llm", "m", "p"), stored, DateTimeOffset.UnixEpoch));
        _queue.Setup(q => q.EnsureArticleAsync(ArticleJob.CliSource, It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(4);
        var summarizer = Summarizer(stored);
        summarizer.As<IVersionedSummarizer>().SetupGet(s => s.Model).Returns("m");
        summarizer.As<IVersionedSummarizer>().SetupGet(s => s.PromptVersion).Returns("p");

        var result = await CreateSut(store: true).RunAsync(Job(), summarizer.Object, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(WorkflowOutcome.Reused));
            Assert.That(result.Summary, Is.SameAs(stored));
            Assert.That(result.ArticleId, Is.EqualTo(4));
        });
        summarizer.Verify(s => s.SummarizeAsync(It.IsAny<ExtractedArticle>(), It.IsAny<CancellationToken>()), Times.Never);
        _summaries.Verify(s => s.AttachSummaryAsync(4, 9, It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task RunAsync_WorkerJobWithTheTextOfAnotherArticle_SkippedAsDuplicate()
    {
        _queue.Setup(q => q.RecordFetchedUnlessDuplicateAsync(3, It.IsAny<FetchedArticle>(), It.IsAny<CancellationToken>())).ReturnsAsync(2);
        var summarizer = Summarizer(new ArticleSummary { Summary = "س.", KeyPoints = [], Summarizer = "extractive", PromptVersion = "t" });

        var result = await CreateSut(store: true).RunAsync(Job() with { ArticleId = 3, SkipDuplicates = true }, summarizer.Object, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(WorkflowOutcome.Duplicate));
            Assert.That(result.DuplicateOf, Is.EqualTo(2));
        });
        _queue.Verify(q => q.RecordFetchedAsync(3, It.IsAny<FetchedArticle>(), It.IsAny<CancellationToken>()), Times.Never,
            "recorded and checked in one step: apart, two copies in work at once could both miss each other");
        summarizer.Verify(s => s.SummarizeAsync(It.IsAny<ExtractedArticle>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task RunAsync_StoreFailsOnTheCommandLine_SummaryStillMadeWithAWarning()
    {
        _summaries.Setup(s => s.FindSummaryAsync(It.IsAny<SummaryKey>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));

        var result = await CreateSut(store: true).RunAsync(Job() with { StoreIsBestEffort = true }, ExtractiveSummarizerFactory.Create(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(WorkflowOutcome.Summarized));
            Assert.That(result.StoreWarning, Is.EqualTo("disk full"));
            Assert.That(result.ArticleId, Is.Null);
        });
        _queue.Verify(q => q.EnsureArticleAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static ArticleJob Job()
    {
        var page = new FetchedPage(new Uri(SamplePath), File.ReadAllBytes(SamplePath), "text/html", null);
        return new ArticleJob(ArticleInput.FromPage("trump-putin-call", SamplePath, page));
    }

    private static Mock<IArticleSummarizer> Summarizer(ArticleSummary summary)
    {
        var summarizer = new Mock<IArticleSummarizer>();
        summarizer.SetupGet(s => s.Name).Returns(summary.Summarizer);
        summarizer.Setup(s => s.SummarizeAsync(It.IsAny<ExtractedArticle>(), It.IsAny<CancellationToken>())).ReturnsAsync(summary);
        return summarizer;
    }

    private ArticleWorkflow CreateSut(bool store) => new(
        Mock.Of<IPageFetcher>(MockBehavior.Strict),
        _services.GetRequiredService<IContentExtractor>(),
        store ? _queue.Object : null,
        store ? _summaries.Object : null,
        new SummaryContract(),
        TimeProvider.System,
        NullLogger<ArticleWorkflow>.Instance);
}
