using System.Diagnostics;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Summarizer.Worker.Tests.Drills;

/// <summary>
/// A real <c>summarizer run</c> process (the built CLI copied to cli/), with the test's settings as environment variables.
/// Its output is read as it comes, so that a drill waits for what the worker says (a log line) instead of for a while.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly object _gate = new();
    private readonly System.Text.StringBuilder _output = new();
    private readonly Task _stdout;
    private readonly Task _stderr;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process)
    {
        _process = process;
        _stdout = PumpAsync(process.StandardOutput);
        _stderr = PumpAsync(process.StandardError);
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

    /// <summary>
    /// Waits until the output so far contains <paramref name="text"/>; false when the process exited without saying it or
    /// <paramref name="timeout"/> (an upper bound for a loaded machine, not an expected duration) passed.
    /// </summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var ended = _stdout.IsCompleted && _stderr.IsCompleted; // read before the output, so that no last line is missed
            Task changed;
            lock (_gate)
            {
                if (_output.ToString().Contains(text, StringComparison.Ordinal))
                {
                    return true;
                }

                changed = _changed.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || ended)
            {
                return false;
            }

            // Woken by the next line; the short cap only re-checks whether both streams ended.
            await Task.WhenAny(changed, Task.Delay(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1)));
        }
    }

    /// <summary>Everything the process wrote (stdout and stderr, interleaved as read), once both streams have ended.</summary>
    public async Task<string> OutputAsync()
    {
        await Task.WhenAll(_stdout, _stderr);
        return Output;
    }

    /// <summary>What the process wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    private async Task PumpAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            TaskCompletionSource changed;
            lock (_gate)
            {
                _output.Append(line).Append('\n');
                changed = _changed;
                _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            changed.TrySetResult();
        }
    }

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
