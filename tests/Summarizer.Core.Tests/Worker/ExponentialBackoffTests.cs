using Summarizer.Worker;

namespace Summarizer.Core.Tests.Worker;

[TestFixture]
public sealed class ExponentialBackoffTests
{
    [TestCase(1, 60)]
    [TestCase(2, 120)]
    [TestCase(4, 480)]
    [TestCase(10, 3600)]
    public void Delay_DoublesUpToTheCap(int attempt, int expectedSeconds) =>
        Assert.That(ExponentialBackoff.Delay(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), attempt), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));

    [Test]
    public void Delay_ManyAttemptsWithALongFirstDelay_IsTheCapNotAnOverflow() =>
        Assert.That(ExponentialBackoff.Delay(TimeSpan.FromDays(1), TimeSpan.FromDays(7), 99), Is.EqualTo(TimeSpan.FromDays(7)));
}
