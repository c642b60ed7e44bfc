using Microsoft.Extensions.Configuration;
using Summarizer.Cli;
using Summarizer.Storage;

namespace Summarizer.Worker.Tests;

/// <summary>
/// Settings for in-process CLI runs and worker processes of one test, under their environment-variable names
/// (Summarizer__*), and a temp SQLite store. Nothing is set on this process, so fixtures run in parallel.
/// </summary>
internal sealed class WorkerEnvironment : IDisposable
{
    private readonly Dictionary<string, string?> _variables = [];

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

    public string ConnectionString => _variables["Summarizer__Storage__ConnectionString"]!;

    /// <summary>The variables a worker process gets on top of its inherited environment; null removes one.</summary>
    public IReadOnlyDictionary<string, string?> Variables => _variables;

    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Sets a variable; null goes back to the default.</summary>
    public void Set(string name, string? value) => _variables[name] = value;

    public void Source(int index, string name, Uri url, string? type = null)
    {
        Set($"Summarizer__Sources__{index}__Name", name);
        Set($"Summarizer__Sources__{index}__Url", url.AbsoluteUri);
        Set($"Summarizer__Sources__{index}__Type", type);
    }

    public SqliteArticleStore OpenStore() => new(ConnectionString, TimeProvider.System);

    /// <summary>The console of an in-process CLI run with these settings (the way environment variables would set them).</summary>
    public CliConsole Console(TextWriter stdout, TextWriter stderr) =>
        new(stdout, stderr, () => Stream.Null, AddTo, Time);

    /// <summary>Adds these settings to a host's configuration (in place of the process's environment variables).</summary>
    public void AddTo(IConfigurationBuilder configuration) =>
        configuration.AddInMemoryCollection(_variables
            .Where(v => v.Value is not null)
            .Select(v => new KeyValuePair<string, string?>(v.Key.Replace("__", ":", StringComparison.Ordinal), v.Value)));

    public void Dispose()
    {
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
