using Microsoft.Extensions.Options;
using Summarizer.Summarization.Llm;
using Summarizer.Summarization.Llm.RateLimiting;

namespace Summarizer.Core.Tests.Summarization.Llm;

[TestFixture]
public sealed class LlmRateLimiterTests
{
    [Test]
    public async Task AcquireAsync_AtMaxConcurrency_WaitsUntilALeaseIsReleased()
    {
        using var sut = CreateSut(new LlmOptions { MaxConcurrency = 2 });
        var first = await sut.AcquireAsync(100, CancellationToken.None);
        using var second = await sut.AcquireAsync(100, CancellationToken.None);

        // A free slot is granted synchronously, so a third call that is not complete at once is queued.
        var third = sut.AcquireAsync(100, CancellationToken.None).AsTask();
        var waitedWhileFull = !third.IsCompleted;
        first.Dispose();
        using var lease = await third.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(waitedWhileFull, Is.True);
    }

    [Test]
    public async Task AcquireAsync_RequestsPerMinuteUsedUp_WaitsForTheBucketToRefill()
    {
        using var sut = CreateSut(new LlmOptions { MaxConcurrency = 10, RequestsPerMinute = 2 });
        (await sut.AcquireAsync(1, CancellationToken.None)).Dispose();
        (await sut.AcquireAsync(1, CancellationToken.None)).Dispose();

        var third = sut.AcquireAsync(1, CancellationToken.None).AsTask();

        Assert.That(third.IsCompleted, Is.False, "a third request in the same minute waits");
    }

    [Test]
    public async Task AcquireAsync_CallLargerThanTheTokenBudget_IsClampedInsteadOfRefused()
    {
        using var sut = CreateSut(new LlmOptions { TokensPerMinute = 1000 });

        using var lease = await sut.AcquireAsync(5000, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(lease, Is.Not.Null);
    }

    [Test]
    public void AcquireAsync_Cancelled_Throws()
    {
        using var sut = CreateSut(new LlmOptions { MaxConcurrency = 1 });
        using var held = sut.AcquireAsync(1, CancellationToken.None).AsTask().Result;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        Assert.That(async () => await sut.AcquireAsync(1, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    private static LlmRateLimiter CreateSut(LlmOptions options) => new(Options.Create(options));
}
