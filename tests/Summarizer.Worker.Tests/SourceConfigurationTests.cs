using Summarizer.Cli;

namespace Summarizer.Worker.Tests;

/// <summary>A source that cannot run is a configuration error naming the source (exit 2), never silently dropped or accepted.</summary>
[TestFixture]
public sealed class SourceConfigurationTests
{
    [TestCase("Type", "xml", "Summarizer__Sources__1__Type='xml' is not one of rss, atom, sitemap, urls", TestName = "RunOnce_UnknownSourceType_ConfigurationErrorNamingTheSource")]
    [TestCase("MaxArticlesPerRun", "0", "Summarizer__Sources__1__MaxArticlesPerRun='0' is out of range (expected 1 to 100000)", TestName = "RunOnce_ZeroCap_ConfigurationErrorNamingTheSource")]
    [TestCase("MaxArticlesPerRun", "-5", "Summarizer__Sources__1__MaxArticlesPerRun='-5' is out of range", TestName = "RunOnce_NegativeCap_ConfigurationErrorNamingTheSource")]
    [TestCase("Schedule", "0 0 30 2 *", "Summarizer__Sources__1__Schedule='0 0 30 2 *' never fires", TestName = "RunOnce_ScheduleThatNeverFires_ConfigurationErrorNamingTheSource")]
    public async Task RunOnce_BadSourceSetting(string key, string value, string expected)
    {
        using var env = new WorkerEnvironment();
        env.Source(0, "good", new Uri("http://127.0.0.1:9/feed.xml"));
        env.Source(1, "broken-source", new Uri("http://127.0.0.1:9/other.xml"));
        env.Set($"Summarizer__Sources__1__{key}", value);

        var (exit, _, err) = await Cli.RunAsync(env, "run", "--once");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.BadUsage), err);
            Assert.That(err, Does.Contain("source 'broken-source': " + expected));
            Assert.That(err.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), "one line, once");
            Assert.That(err, Does.Not.Contain("internal error"));
        });
    }
}
