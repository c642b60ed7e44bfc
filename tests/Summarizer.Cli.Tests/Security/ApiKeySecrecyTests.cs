using System.Net;
using System.Net.Sockets;
using System.Text;
using Summarizer.Cli.Tests.Support;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Cli.Tests.Security;

/// <summary>
/// A planted API key, set the way users set it (an environment variable), through the whole CLI with every log category
/// at Trace: success and each failure path. Every byte the tool writes (stdout, stderr, the console log, exports, the
/// SQLite files) is scanned for the key; the endpoint must still have received it.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ApiKeySecrecyTests
{
    private const string PlantedKey = "sk-test-PLANTED-1234567890abcdef";

    private string _folder = null!;
    private StringWriter _console = null!;
    private TextWriter _originalError = null!;
    private TextWriter _originalOut = null!;

    [SetUp]
    public void SetUp()
    {
        _folder = Directory.CreateTempSubdirectory("summarizer-secrets-").FullName;
        _console = new StringWriter();
        _originalError = Console.Error;
        _originalOut = Console.Out;
        Console.SetError(_console); // anything that still writes to the process's console, not the command's
        Console.SetOut(_console);
    }

    [TearDown]
    public void TearDown()
    {
        Console.SetError(_originalError);
        Console.SetOut(_originalOut);
        _console.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, true);
        }
        catch (IOException)
        {
        }
    }

    public enum Fault
    {
        None,
        Unauthorized,
        ServerError,
        Timeout,
        ConnectionRefused,
    }

    [TestCase(Fault.None)]
    [TestCase(Fault.Unauthorized)]
    [TestCase(Fault.ServerError)]
    [TestCase(Fault.Timeout)]
    [TestCase(Fault.ConnectionRefused)]
    public async Task Summarize_PlantedKeyAtTrace_KeyOnlyInAuthorizationHeader(Fault fault)
    {
        await using var endpoint = await FakeOpenAiEndpoint.StartAsync(_ => Reply(fault));
        var url = fault == Fault.ConnectionRefused ? new Uri($"http://127.0.0.1:{ClosedPort()}/v1/") : endpoint.Endpoint;
        var env = Environment(url);

        var runs = new List<CliRun>
        {
            await CliRun.RunAsync(env, "summarize", TestPages.SamplePath, "--summarizer", "llm", "--format", "json", "--verbose"),
            await CliRun.RunAsync(env, "export", "--format", "jsonl", "--verbose"),
            await CliRun.RunAsync(env, "export", "--format", "markdown"),
            await CliRun.RunAsync(env, "export", "--format", "html"),
            await CliRun.RunAsync(env, "list", "--verbose"),
            await CliRun.RunAsync(env, "show", "1", "--verbose"),
        };

        Assert.Multiple(() =>
        {
            Assert.That(runs[0].ExitCode, Is.EqualTo(fault == Fault.None ? ExitCodes.Success : ExitCodes.SummarizationFailed), runs[0].Error);
            if (fault != Fault.ConnectionRefused)
            {
                Assert.That(endpoint.Requests, Is.Not.Empty);
                Assert.That(endpoint.Requests.Select(r => r.Headers["Authorization"]), Is.All.EqualTo("Bearer " + PlantedKey), "the key was used");
            }

            Assert.That(string.Concat(runs.Select(r => r.Error)), Does.Contain("trce:"), "Trace logging was on and captured on the command's stderr");
            AssertNoKey(runs);
        });
    }

    [Test]
    public async Task Summarize_InvalidConfigurationWithPlantedKey_ErrorNamesSettingsNotTheKey()
    {
        var env = Environment(new Uri("http://127.0.0.1:9/v1/"));
        env.Set("Summarizer__Llm__Model", "");
        env.Set("Summarizer__Llm__Temperature", "9");

        var run = await CliRun.RunAsync(env, "summarize", TestPages.SamplePath, "--summarizer", "llm", "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
            Assert.That(run.Error, Does.Contain("Summarizer__Llm__Model"));
            AssertNoKey([run]);
        });
    }

    [Test]
    public async Task Summarize_KeyInAppSettingsFile_RefusedNamingTheSafePlaces()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "appsettings.json"),
            $$"""{ "Summarizer": { "Llm": { "Provider": "OpenAI", "Model": "m", "Endpoint": "http://127.0.0.1:9/v1/", "ApiKey": "{{PlantedKey}}" } } }""");
        var settings = new TestSettings(("Summarizer__Storage__ConnectionString", $"Data Source={Path.Combine(_folder, "s.db")}"))
        {
            WorkingDirectory = _folder,
        };

        var run = await CliRun.RunAsync(settings, "summarize", TestPages.SamplePath, "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage), run.Error);
            Assert.That(run.Error, Does.Contain("appsettings.json").And.Contain("Summarizer__Llm__ApiKey").And.Contain("user-secrets"));
            AssertNoKey([run], includeFiles: false);
        });
    }

    private TestSettings Environment(Uri endpoint)
    {
        var env = new TestSettings();
        env.Set("Summarizer__Llm__Provider", "OpenAI");
        env.Set("Summarizer__Llm__Endpoint", endpoint.AbsoluteUri);
        env.Set("Summarizer__Llm__Model", "test-model");
        env.Set("Summarizer__Llm__ApiKey", PlantedKey);
        env.Set("Summarizer__Llm__Timeout", "00:00:00.500");
        env.Set("Summarizer__Llm__TotalTimeout", "00:00:05");
        env.Set("Summarizer__Llm__RetryDelay", "00:00:00.010");
        env.Set("Summarizer__Llm__MaxRetries", "1");
        env.Set("Summarizer__Storage__ConnectionString", $"Data Source={Path.Combine(_folder, "summarizer.db")}");
        env.Set("Logging__LogLevel__Default", "Trace");
        env.Set("Logging__LogLevel__Microsoft", "Trace");
        env.Set("Logging__LogLevel__System", "Trace");
        env.Set("Logging__LogLevel__Polly", "Trace");
        return env;
    }

    private void AssertNoKey(IEnumerable<CliRun> runs, bool includeFiles = true)
    {
        foreach (var run in runs)
        {
            Assert.That(run.Out, Does.Not.Contain(PlantedKey), "stdout");
            Assert.That(run.Error, Does.Not.Contain(PlantedKey), "stderr");
        }

        Assert.That(_console.ToString(), Does.Not.Contain(PlantedKey), "console log");
        if (!includeFiles)
        {
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var key = Encoding.UTF8.GetBytes(PlantedKey);
        foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
        {
            Assert.That(File.ReadAllBytes(file).AsSpan().IndexOf(key), Is.EqualTo(-1), file);
        }
    }

    /// <summary>Error bodies echo the key, as some servers and proxies do: the tool must not pass it on.</summary>
    private static FakeReply Reply(Fault fault) => fault switch
    {
        Fault.None => FakeReply.Answer(
            "قال مسؤول في البيت الأبيض إن ترامب وبوتين يتحدثان اليوم.",
            "ترامب وبوتين يتحدثان اليوم", "زيلينسكي يزور البيت الأبيض", "روسيا شنت هجمات جديدة"),
        Fault.Unauthorized => Echo(401),
        Fault.ServerError => Echo(500),
        Fault.Timeout => new FakeReply { Delay = TimeSpan.FromSeconds(3) },
        _ => FakeReply.Error(500),
    };

    private static FakeReply Echo(int status) => FakeReply.Error(status) with
    {
        RawBody = $$$"""{"error":{"message":"Incorrect API key provided: {{{PlantedKey}}}","type":"invalid_request_error","code":"invalid_api_key"} }""",
    };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
