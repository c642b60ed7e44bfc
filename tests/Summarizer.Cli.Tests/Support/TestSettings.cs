using Microsoft.Extensions.Configuration;

namespace Summarizer.Cli.Tests.Support;

/// <summary>
/// Settings for in-process CLI runs of one test, named the way a user sets them (Summarizer__Fetching__Timeout or
/// Summarizer:Fetching:Timeout), and its clock. Nothing is set on the process, so tests run side by side.
/// </summary>
internal sealed class TestSettings
{
    private const string StoreKey = "Summarizer:Storage:ConnectionString";
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    public TestSettings(params (string Name, string? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            Set(name, value);
        }
    }

    public static TestSettings None => new();

    /// <summary>A folder whose <c>appsettings.json</c> is read, as the working directory's is for a user.</summary>
    public string? WorkingDirectory { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Reads user secrets, as the process does (from the user's profile).</summary>
    public bool UserSecrets { get; init; }

    public bool HasStore => _values.ContainsKey(StoreKey);

    public TestSettings Set(string name, string? value)
    {
        _values[name.Replace("__", ":", StringComparison.Ordinal)] = value;
        return this;
    }

    /// <summary>These settings, with the store in <paramref name="folder"/> (unpooled, so the folder can be deleted after the run).</summary>
    public TestSettings WithStoreIn(string folder)
    {
        var copy = new TestSettings { WorkingDirectory = WorkingDirectory, Time = Time, UserSecrets = UserSecrets };
        foreach (var (name, value) in _values)
        {
            copy._values[name] = value;
        }

        return copy.Set(StoreKey, $"Data Source={Path.Combine(folder, "summarizer.db")};Pooling=False");
    }

    public CliConsole Console(TextWriter stdout, TextWriter stderr, Func<Stream> openStdin) =>
        new(stdout, stderr, openStdin, AddTo, Time);

    private void AddTo(IConfigurationBuilder configuration)
    {
        if (WorkingDirectory is { } folder)
        {
            Hosting.SummarizerHostBuilderExtensions.AddSettingsFile(configuration, folder);
        }

        if (UserSecrets)
        {
            configuration.AddUserSecrets(Hosting.SummarizerHostBuilderExtensions.UserSecretsId, reloadOnChange: false);
        }

        configuration.AddInMemoryCollection(_values);
    }
}
