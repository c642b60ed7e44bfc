using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Summarizer.Storage;
using Summarizer.Testing;
using Summarizer.Web.Hosting;

namespace Summarizer.Web.Tests.Support;

/// <summary>
/// The reading room in process (<see cref="WebApplicationFactory{TEntryPoint}"/> over a TestServer), built by the same
/// <see cref="ReadingRoomHost.Build"/> as <c>summarizer serve</c>, on a real SQLite file (or PostgreSQL database) and a hand clock.
/// The reading room lives in a class library, so the factory's host is the one <see cref="ReadingRoomHost"/> builds rather
/// than one found through an entry point.
/// </summary>
internal sealed class ReadingRoomFactory : WebApplicationFactory<ReadingRoomFactory>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly DirectoryInfo? _folder;

    private ReadingRoomFactory(Dictionary<string, string?> settings, DirectoryInfo? folder, bool withWorker)
    {
        _settings = settings;
        _folder = folder;
        WithWorker = withWorker;
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 5, 10, 12, 0, 0, TimeSpan.Zero));

    public bool WithWorker { get; }

    public SqlArticleStore Store => Services.GetRequiredService<SqlArticleStore>();

    public static ReadingRoomFactory Sqlite(Dictionary<string, string?>? settings = null, bool withWorker = false)
    {
        var folder = Directory.CreateTempSubdirectory("summarizer-web-");
        var all = new Dictionary<string, string?>(settings ?? []);
        all.TryAdd("Summarizer:Storage:ConnectionString", $"Data Source={Path.Combine(folder.FullName, "store.db")}");
        return new ReadingRoomFactory(all, folder, withWorker);
    }

    public static ReadingRoomFactory Postgres(string connectionString) =>
        new(new Dictionary<string, string?>
        {
            ["Summarizer:Storage:Provider"] = "Postgres",
            ["Summarizer:Storage:ConnectionString"] = connectionString,
        }, null, withWorker: false);

    protected override IHostBuilder CreateHostBuilder() => new HostBuilder();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var app = ReadingRoomHost.Build(null, WithWorker, web =>
        {
            web.WebHost.UseTestServer();
            // The host's log lines go to the test's output, shown when the test fails, not on every run's console.
            web.Logging.ClearProviders().AddProvider(new TestOutputLoggerProvider());
            web.Configuration.AddInMemoryCollection(_settings);
            web.Services.AddSingleton<TimeProvider>(Time);
        });
        app.StartAsync().GetAwaiter().GetResult();
        return app;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _folder is not null && Directory.Exists(_folder.FullName))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Delete(recursive: true);
        }
    }
}
