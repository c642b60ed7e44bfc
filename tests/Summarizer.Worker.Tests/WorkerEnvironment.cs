using Summarizer.Storage;

namespace Summarizer.Worker.Tests;

/// <summary>Sets Summarizer__* environment variables for in-process CLI runs and restores them; a temp SQLite store.</summary>
internal sealed class WorkerEnvironment : IDisposable
{
    private readonly Dictionary<string, string?> _previous = [];

    public WorkerEnvironment()
    {
        Folder = Directory.CreateTempSubdirectory("summarizer-worker-").FullName;
        Set("Summarizer__Storage__ConnectionString", $"Data Source={Path.Combine(Folder, "data", "summarizer.db")}");
        Set("Summarizer__Fetching__AllowPrivateNetworks", "true");
        Set("Summarizer__Fetching__MaxRetries", "0");
        Set("Summarizer__Politeness__MinDelayPerHost", "00:00:00");
        Set("Summarizer__Worker__RetryBaseDelay", "00:00:00");
        Set("Summarizer__Worker__Summarizer", "Extractive");
    }

    public string Folder { get; }

    public string ConnectionString => Environment.GetEnvironmentVariable("Summarizer__Storage__ConnectionString")!;

    public void Set(string name, string? value)
    {
        _previous.TryAdd(name, Environment.GetEnvironmentVariable(name));
        Environment.SetEnvironmentVariable(name, value);
    }

    public void Source(int index, string name, Uri url, string? type = null)
    {
        Set($"Summarizer__Sources__{index}__Name", name);
        Set($"Summarizer__Sources__{index}__Url", url.AbsoluteUri);
        Set($"Summarizer__Sources__{index}__Type", type);
    }

    public SqliteArticleStore OpenStore() => new(ConnectionString, TimeProvider.System);

    public void Dispose()
    {
        foreach (var (name, value) in _previous)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, true);
        }
        catch (IOException)
        {
        }
    }
}
