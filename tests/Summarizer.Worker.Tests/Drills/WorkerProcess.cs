using System.Diagnostics;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Summarizer.Worker.Tests.Drills;

/// <summary>A real <c>summarizer run</c> process (the built CLI copied to cli/), with the test's settings as environment variables.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private WorkerProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static WorkerProcess Start(WorkerEnvironment settings, params string[] args) => StartWith(settings, new Dictionary<string, string>(), args);

    /// <summary>Starts with the test's <paramref name="settings"/> and <paramref name="environment"/> on top (e.g. one worker id per process).</summary>
    public static WorkerProcess StartWith(WorkerEnvironment settings, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "cli", "summarizer.dll");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var (name, value) in settings.Variables)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return new WorkerProcess(Process.Start(info)!);
    }

    /// <summary>SIGTERM, as systemd and docker stop send it.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits for the exit; false when it did not exit within <paramref name="timeout"/> (then it is killed).</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            return false;
        }
    }

    public async Task<string> OutputAsync() => await _stdout + await _stderr;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    /// <summary>Counts from a SQLite store another process writes (WAL mode).</summary>
    public static async Task<(long Summarized, long Summaries, long Failed, long Leased)> CountsAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString + ";Pooling=False");
        try
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            return (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE status = 'summarized'"),
                await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM summaries"),
                await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE status = 'failed'"),
                await connection.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM articles WHERE status IN ('pending', 'fetched') AND lease_expires_at > @now", new { now }));
        }
        catch (SqliteException)
        {
            return (0, 0, 0, 0); // not created yet, or busy
        }
    }
}
