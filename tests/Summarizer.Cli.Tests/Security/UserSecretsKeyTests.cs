using Microsoft.Data.Sqlite;
using Summarizer.Cli.Tests.Support;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Cli.Tests.Security;

/// <summary>
/// User secrets are the documented place for the LLM key (outside every repository): a key there is used, not refused
/// as "a settings file" like one in <c>appsettings.json</c>. And a model that echoes the key back is refused.
/// </summary>
[TestFixture]
// User secrets are found through the process's APPDATA (there is no other way to point them elsewhere), so this fixture
// redirects it for its own duration and runs alone.
[NonParallelizable]
public sealed class UserSecretsKeyTests
{
    private const string Key = "sk-test-USERSECRET-0123456789";

    private string _folder = null!;
    private string? _appData;

    [SetUp]
    public void SetUp()
    {
        _folder = Directory.CreateTempSubdirectory("summarizer-user-secrets-").FullName;
        _appData = System.Environment.GetEnvironmentVariable("APPDATA");
        System.Environment.SetEnvironmentVariable("APPDATA", Path.Combine(_folder, "appdata"));
    }

    [TearDown]
    public void TearDown()
    {
        System.Environment.SetEnvironmentVariable("APPDATA", _appData);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, true);
        }
        catch (IOException)
        {
        }
    }

    [Test]
    public async Task Summarize_KeyInUserSecrets_IsAcceptedAndSent()
    {
        await using var endpoint = await FakeOpenAiEndpoint.StartAsync(FakeReply.Answer(
            "قال مسؤول في البيت الأبيض إن ترامب وبوتين يتحدثان اليوم.",
            "ترامب وبوتين يتحدثان اليوم", "زيلينسكي يزور البيت الأبيض", "روسيا شنت هجمات جديدة"));
        var env = Environment(endpoint.Endpoint);

        var run = await CliRun.RunAsync(env, "summarize", TestPages.SamplePath, "--summarizer", "llm", "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Error, Does.Not.Contain("settings file"));
            Assert.That(endpoint.Requests, Is.Not.Empty);
            Assert.That(endpoint.Requests[0].Headers["Authorization"], Is.EqualTo($"Bearer {Key}"));
        });
    }

    [Test]
    public async Task Summarize_ModelEchoesTheKey_RefusedAndTheKeyNeverPrintedOrStored()
    {
        await using var endpoint = await FakeOpenAiEndpoint.StartAsync(FakeReply.Answer(
            $"قال مسؤول في البيت الأبيض إن ترامب وبوتين يتحدثان اليوم. {Key}",
            "ترامب وبوتين يتحدثان اليوم", "زيلينسكي يزور البيت الأبيض", "روسيا شنت هجمات جديدة"));
        var env = Environment(endpoint.Endpoint);

        var run = await CliRun.RunAsync(env, "summarize", TestPages.SamplePath, "--summarizer", "llm", "--format", "json");

        SqliteConnection.ClearAllPools();
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.SummarizationFailed), run.Error);
            Assert.That(run.Error, Does.Contain("API key").And.Contain("hostile"));
            Assert.That(run.Out + run.Error, Does.Not.Contain(Key));
            var key = System.Text.Encoding.UTF8.GetBytes(Key);
            foreach (var file in Directory.EnumerateFiles(_folder, "*.db*", SearchOption.AllDirectories))
            {
                Assert.That(File.ReadAllBytes(file).AsSpan().IndexOf(key), Is.EqualTo(-1), file);
            }
        });
    }

    /// <summary>Settings from the test, the key only in a user-secrets file under the temporary APPDATA.</summary>
    private TestSettings Environment(Uri endpoint)
    {
        var secrets = Path.Combine(_folder, "appdata", "Microsoft", "UserSecrets", Hosting.SummarizerHostBuilderExtensions.UserSecretsId);
        Directory.CreateDirectory(secrets);
        File.WriteAllText(Path.Combine(secrets, "secrets.json"), $$"""{ "Summarizer:Llm:ApiKey": "{{Key}}" }""");
        var env = new TestSettings { UserSecrets = true };
        env.Set("Summarizer__Llm__Provider", "OpenAI");
        env.Set("Summarizer__Llm__Endpoint", endpoint.AbsoluteUri);
        env.Set("Summarizer__Llm__Model", "test-model");
        env.Set("Summarizer__Llm__OnValidationFailure", "KeepUngrounded");
        env.Set("Summarizer__Llm__MaxRetries", "0");
        env.Set("Summarizer__Storage__ConnectionString", $"Data Source={Path.Combine(_folder, "summarizer.db")}");
        return env;
    }
}
