using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Summarizer.Cli.Logging;

/// <summary>
/// Log lines for a person reading a terminal or a journal: one line each (<c>04:12:09 info: Worker started: …</c>), on
/// the command's own stderr, written at once. The console logger's two-line entries named the category and event id,
/// and it wrote to the process's stderr from a background thread, so in-process runs (tests) could not capture it.
/// </summary>
internal sealed class CliLoggerProvider(TextWriter stderr, TimeProvider time) : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, Logger> _loggers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, _ => new Logger(this));

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string message, Exception? exception)
    {
        var line = $"{time.GetUtcNow():HH:mm:ss} {Label(level)}: {message}";
        lock (_gate)
        {
            stderr.WriteLine(line);
            if (exception is not null)
            {
                stderr.WriteLine(exception.ToString());
            }

            stderr.Flush();
        }
    }

    private static string Label(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };

    private sealed class Logger(CliLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        // Levels are filtered by the logging configuration (Logging:LogLevel) before a line gets here.
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(logLevel, formatter(state, exception), exception);
            }
        }
    }
}
