using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Summarization;
using Summarizer.Summarization.Llm;
using Summarizer.Summarization.Llm.Circuit;

namespace Summarizer.Core.Tests.Summarization.Llm;

[TestFixture]
public sealed class LlmCircuitTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));

    [Test]
    public void ThrowIfOpen_FewerFailuresThanTheThreshold_LetsCallsThrough()
    {
        var sut = CreateSut();
        sut.Failed();
        sut.Failed();

        Assert.DoesNotThrow(sut.ThrowIfOpen);
    }

    [Test]
    public void ThrowIfOpen_AfterTheBreak_LetsOneProbeThroughAndItsFailureReopens()
    {
        var sut = CreateSut();
        for (var i = 0; i < 3; i++)
        {
            sut.Failed();
        }

        AssertOpen(sut.ThrowIfOpen, "open");
        _time.Advance(TimeSpan.FromSeconds(59));
        AssertOpen(sut.ThrowIfOpen, "still open one second before the end of the break");
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.DoesNotThrow(sut.ThrowIfOpen, "the probe");
        AssertOpen(sut.ThrowIfOpen, "one probe at a time");
        sut.Failed();
        AssertOpen(sut.ThrowIfOpen, "the probe failed: open again");
        _time.Advance(TimeSpan.FromMinutes(1));
        sut.ThrowIfOpen();
        sut.Succeeded();
        Assert.DoesNotThrow(sut.ThrowIfOpen, "closed after a success");
        Assert.DoesNotThrow(sut.ThrowIfOpen);
    }

    private static void AssertOpen(TestDelegate call, string message) =>
        Assert.That(Assert.Throws<SummarizerException>(call, message)!.LlmUnavailable, Is.EqualTo(new LlmUnavailable(null, Reported: true)), message);

    private LlmCircuit CreateSut() =>
        new(Options.Create(new LlmOptions { CircuitBreakAfter = 3, CircuitBreakDuration = TimeSpan.FromMinutes(1) }), _time, NullLogger<LlmCircuit>.Instance);
}
