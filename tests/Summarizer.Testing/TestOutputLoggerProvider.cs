using Microsoft.Extensions.Logging;
using NUnit.Framework;

namespace Summarizer.Testing;

/// <summary>
/// Log lines of a host under test, into the output of the test (or fixture) that built it: <c>dotnet test</c> then prints
/// them only when that test fails, instead of every host's lines on the console of every run.
/// </summary>
public sealed class TestOutputLoggerProvider : ILoggerProvider
{
    // Taken while the test that builds the host runs: a hosted service logs later from its own threads.
    private readonly TextWriter _output = TestContext.Out;
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        lock (_gate)
        {
            _output.WriteLine($"{level}: {category}: {message}");
            if (exception is not null)
            {
                _output.WriteLine(exception.ToString());
            }
        }
    }

    private sealed class Logger(TestOutputLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Write(logLevel, category, formatter(state, exception), exception);
    }
}
