using System.Data.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.Worker;

namespace Summarizer.Core.Tests.Worker;

[TestFixture]
public sealed class StoreRetryTests
{
    private static StoreRetry CreateSut(TimeSpan timeout) => new(
        Options.Create(new WorkerOptions
        {
            StoreRetryDelay = TimeSpan.FromMilliseconds(10), StoreRetryMaxDelay = TimeSpan.FromMilliseconds(40), StoreUnavailableTimeout = timeout,
        }),
        TimeProvider.System,
        NullLogger<StoreRetry>.Instance);

    [Test]
    public async Task RunAsync_StoreAwayThenBack_RetriesUntilItAnswers()
    {
        var calls = 0;

        var result = await CreateSut(TimeSpan.FromSeconds(10)).RunAsync("test", _ =>
            ++calls < 4 ? throw new FakeDbException(transient: true) : Task.FromResult(42), CancellationToken.None);

        Assert.That((result, calls), Is.EqualTo((42, 4)));
    }

    [Test]
    public void RunAsync_ShutdownSqlState_IsRetried()
    {
        Assert.That(StoreFaults.IsUnavailable(new InvalidOperationException("x", new FakeDbException(transient: false, sqlState: "57P01"))), Is.True);
    }

    [Test]
    public void RunAsync_StoreAwayTooLong_ThrowsStoreUnavailable()
    {
        var sut = CreateSut(TimeSpan.FromMilliseconds(100));

        var error = Assert.ThrowsAsync<StoreUnavailableException>(() =>
            sut.RunAsync<int>("test", _ => throw new FakeDbException(transient: true), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("Summarizer__Worker__StoreUnavailableTimeout"));
    }

    [Test]
    public void RunAsync_StoreBug_ThrowsAtOnce()
    {
        var calls = 0;

        Assert.ThrowsAsync<FakeDbException>(() => CreateSut(TimeSpan.FromSeconds(10)).RunAsync<int>("test", _ =>
        {
            calls++;
            throw new FakeDbException(transient: false, sqlState: "42P01"); // undefined table: waiting will not help
        }, CancellationToken.None));
        Assert.That(calls, Is.EqualTo(1));
    }

    private sealed class FakeDbException(bool transient, string? sqlState = null) : DbException("fake")
    {
        public override bool IsTransient => transient;

        public override string? SqlState => sqlState;
    }
}
