using Microsoft.Extensions.Logging;

namespace Summarizer.Bench.Llm;

/// <summary>
/// Counts the LLM summarizer's repair requests (its <c>Repairing*</c> log events) for the article being summarized;
/// articles run one at a time, so the count between two resets is that article's.
/// </summary>
internal sealed class RepairCounter : ILoggerProvider
{
    public const string Category = "Summarizer.Summarization.Llm.LlmSummarizer";

    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new Counter(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Counter(RepairCounter owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name?.StartsWith("Repairing", StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref owner._count);
            }
        }
    }
}
