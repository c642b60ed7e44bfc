using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Summarizer.Summarization.Llm.Circuit;

/// <summary>
/// Counts LLM calls that failed in a row (each after its own retries). After <see cref="LlmOptions.CircuitBreakAfter"/>
/// of them, calls are refused at once for <see cref="LlmOptions.CircuitBreakDuration"/>: with the endpoint down, a batch
/// of articles then falls back in milliseconds instead of each paying its timeouts and retries. After the break one
/// call is let through; its failure opens the circuit again, its success closes it.
/// The HTTP handler's own breaker samples single attempts over a window and needs many of them to open.
/// </summary>
internal sealed class LlmCircuit(IOptions<LlmOptions> options, TimeProvider time, ILogger<LlmCircuit> logger)
{
    private readonly Lock _gate = new();
    private int _failures;
    private DateTimeOffset _openUntil = DateTimeOffset.MinValue;
    private bool _probing;

    /// <exception cref="SummarizerException">Marked <see cref="LlmUnavailable"/>: while the circuit is open, or while the one call after the break is out.</exception>
    public void ThrowIfOpen()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_failures < options.Value.CircuitBreakAfter)
            {
                return;
            }

            if (now < _openUntil || _probing)
            {
                var seconds = Math.Max(0, (_openUntil - now).TotalSeconds);
                throw LlmUnavailable.Exception(string.Create(CultureInfo.InvariantCulture,
                    $"LLM calls are paused for {seconds:0} s more after {_failures} failed calls in a row (Summarizer__Llm__CircuitBreakDuration)"),
                    reported: true);
            }

            _probing = true; // the break is over: one call finds out whether the endpoint is back
        }
    }

    public void Succeeded()
    {
        lock (_gate)
        {
            _failures = 0;
            _probing = false;
        }
    }

    public void Failed()
    {
        lock (_gate)
        {
            _failures++;
            _probing = false;
            if (_failures >= options.Value.CircuitBreakAfter)
            {
                _openUntil = time.GetUtcNow() + options.Value.CircuitBreakDuration;
                LlmLog.CircuitOpened(logger, _failures, options.Value.CircuitBreakDuration.TotalSeconds);
            }
        }
    }
}
