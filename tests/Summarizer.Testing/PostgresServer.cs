using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Summarizer.Testing;

/// <summary>
/// A throwaway PostgreSQL server: <c>initdb</c> and <c>pg_ctl</c> on a temp folder and a free loopback port.
/// As root it runs the server as the <c>postgres</c> user (PostgreSQL refuses root) through <c>runuser</c>.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>Set to 1 (as .ci/run does) and a missing PostgreSQL fails the tests instead of skipping them.</summary>
    public const string RequireVariable = "SUMMARIZER_REQUIRE_POSTGRES";

    private readonly string _bin;
    private readonly string _dataDir;
    private readonly string? _runAs;
    private int _databases;

    private PostgresServer(string bin, string dataDir, string? runAs, int port)
    {
        _bin = bin;
        _dataDir = dataDir;
        _runAs = runAs;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50;Timeout=15";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The folder holding initdb and pg_ctl, or null with the reason.</summary>
    public static string? FindBinaries(out string reason)
    {
        var candidates = new List<string>();
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            candidates.Add(dir);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        foreach (var dir in candidates)
        {
            var initdb = Path.Combine(dir, "initdb");
            if (File.Exists(initdb))
            {
                // /usr/local/bin/initdb may be a symlink: pg_ctl must come from the same folder as initdb.
                var real = new FileInfo(initdb).ResolveLinkTarget(true)?.FullName ?? initdb;
                var bin = Path.GetDirectoryName(real)!;
                if (File.Exists(Path.Combine(bin, "pg_ctl")))
                {
                    reason = "";
                    return bin;
                }
            }
        }

        reason = "initdb/pg_ctl not on PATH nor under /usr/lib/postgresql/*/bin (apt-get install postgresql)";
        return null;
    }

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries(out var reason) ?? throw new PostgresUnavailableException(reason);
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        var dataDir = Path.Combine(Path.GetTempPath(), "summarizer-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataDir);
        if (runAs is not null)
        {
            await RunAsync("chown", [$"{runAs}:{runAs}", dataDir], null);
        }

        var port = FreePort();
        var server = new PostgresServer(bin, dataDir, runAs, port);
        var pgdata = Path.Combine(dataDir, "data");
        await server.PgAsync("initdb", ["-D", pgdata, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        await server.PgAsync("pg_ctl", [
            "-D", pgdata, "-l", Path.Combine(dataDir, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start",
        ]);
        return server;
    }

    /// <summary>Stops the server (fast shutdown: open connections are cut), as an outage does; <see cref="StartAgainAsync"/> brings it back on the same port.</summary>
    public Task StopAsync() => PgAsync("pg_ctl", ["-D", Path.Combine(_dataDir, "data"), "-m", "fast", "-w", "-t", "60", "stop"]);

    public Task StartAgainAsync() => PgAsync("pg_ctl", [
        "-D", Path.Combine(_dataDir, "data"), "-l", Path.Combine(_dataDir, "server.log"), "-w", "-t", "60",
        "-o", $"-p {Port} -k {_dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
        "start",
    ]);

    /// <summary>A fresh empty database on this server; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8];
        await PgAsync("psql", ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", "postgres",
            "-v", "ON_ERROR_STOP=1", "-q", "-c", $"CREATE DATABASE {name}"]);
        return ConnectionString(name);
    }

    private Task PgAsync(string tool, IReadOnlyList<string> args)
    {
        var exe = Path.Combine(_bin, tool);
        return _runAs is null ? RunAsync(exe, args, null) : RunAsync("runuser", ["-u", _runAs, "--", exe, .. args], null);
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> args, string? workingDirectory)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new PostgresUnavailableException(
                $"{Path.GetFileName(file)} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr} {await stdout}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PgAsync("pg_ctl", ["-D", Path.Combine(_dataDir, "data"), "-m", "immediate", "-w", "stop"]);
        }
        catch (PostgresUnavailableException)
        {
            // already gone
        }

        try
        {
            Directory.Delete(_dataDir, true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

public sealed class PostgresUnavailableException(string message) : Exception(message);
