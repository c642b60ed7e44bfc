using Microsoft.Extensions.Logging;

namespace Summarizer.Summarization.Llm.Secrets;

/// <summary>
/// The logger factory handed to Semantic Kernel: its connector logs a failed call with the server's error body, and a
/// server or proxy may echo the key there ("Incorrect API key provided: sk-..."). Every message and exception text
/// that holds the secret is written with the secret replaced.
/// </summary>
internal sealed class SecretRedactingLoggerFactory(ILoggerFactory inner, string secret) : ILoggerFactory
{
    public const string Mask = "[REDACTED]";

    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), secret);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    /// <summary>The factory belongs to the host; disposing the kernel must not dispose it.</summary>
    public void Dispose()
    {
    }

    public static string Redact(string text, string secret) =>
        text.Contains(secret, StringComparison.Ordinal) ? text.Replace(secret, Mask, StringComparison.Ordinal) : text;

    private sealed class RedactingLogger(ILogger inner, string secret) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull =>
            inner.BeginScope(Redact(state.ToString() ?? "", secret));

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var message = Redact(formatter(state, exception), secret);
            var safe = exception is not null && exception.ToString().Contains(secret, StringComparison.Ordinal)
                ? new RedactedException(exception, secret)
                : exception;
            inner.Log(logLevel, eventId, message, safe, static (m, _) => m);
        }
    }
}
