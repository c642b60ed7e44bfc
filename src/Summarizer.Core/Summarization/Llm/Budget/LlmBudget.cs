using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Summarizer.Summarization.Llm.Budget;

/// <summary>
/// The daily LLM budget (<see cref="LlmOptions.DailyTokenBudget"/>, <see cref="LlmOptions.DailyCostBudget"/>) per UTC day.
/// Each call reserves its estimate (prompt plus the most it may answer) before it starts and commits its real usage
/// when it ends: once the day's spending reaches a budget no new call starts, the calls in flight finish and are
/// counted. The day is the UTC date of the clock when the call is reserved, so the budget rolls over once, at midnight.
/// </summary>
internal sealed class LlmBudget(ILlmUsageStore store, IOptions<LlmOptions> options, TimeProvider time, ILogger<LlmBudget> logger)
{
    private readonly Lock _gate = new();
    private DateOnly _warnedDay;

    public bool Enabled => options.Value.DailyTokenBudget > 0 || options.Value.DailyCostBudget > 0;

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <returns>The reservation to commit; null when no budget is set.</returns>
    /// <exception cref="SummarizerException">Marked <see cref="LlmUnavailable"/>: the day's budget is spent (queued for the next day), or a plain
    /// <see cref="SummarizerException"/> when <see cref="LlmOptions.RetryLlmNextDayOverBudget"/> is off.</exception>
    public async Task<LlmReservation?> ReserveAsync(int promptTokens, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return null;
        }

        var o = options.Value;
        var day = Today;
        var estimate = new LlmSpend(promptTokens + o.MaxOutputTokens, LlmPricing.Cost(o, promptTokens, o.MaxOutputTokens) ?? 0m);
        if (await store.TryReserveAsync(day, estimate, new LlmSpend(o.DailyTokenBudget, o.DailyCostBudget), cancellationToken))
        {
            return new LlmReservation(day, estimate);
        }

        var nextDay = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var message = string.Create(CultureInfo.InvariantCulture,
            $"today's LLM budget is spent ({Describe(o)}, UTC day {day:yyyy-MM-dd}): no LLM call until 00:00 UTC");
        WarnOncePerDay(day, message);
        throw o.RetryLlmNextDayOverBudget
            ? LlmUnavailable.Exception(message, nextDay, reported: true)
            : new SummarizerException(FailureKind.SummarizationFailed, message);
    }

    /// <summary>Counts what the call used (<see cref="TokenUsage.None"/> when it failed) and frees its reservation; never cancelled.</summary>
    public Task CommitAsync(LlmReservation? reservation, TokenUsage used)
    {
        ArgumentNullException.ThrowIfNull(used);
        return reservation is null
            ? Task.CompletedTask
            : store.CommitAsync(reservation.Day, reservation.Estimate,
                new LlmSpend(used.PromptTokens + used.CompletionTokens, used.Cost ?? 0m), used.Calls, CancellationToken.None);
    }

    private static string Describe(LlmOptions o) =>
        string.Join(", ", new[]
        {
            o.DailyTokenBudget > 0 ? string.Create(CultureInfo.InvariantCulture, $"Summarizer__Llm__DailyTokenBudget = {o.DailyTokenBudget} tokens") : null,
            o.DailyCostBudget > 0 ? string.Create(CultureInfo.InvariantCulture, $"Summarizer__Llm__DailyCostBudget = {o.DailyCostBudget}") : null,
        }.Where(s => s is not null));

    private void WarnOncePerDay(DateOnly day, string message)
    {
        lock (_gate)
        {
            if (_warnedDay == day)
            {
                return;
            }

            _warnedDay = day;
        }

        LlmLog.BudgetSpent(logger, message);
    }
}

/// <summary>An estimate reserved against one UTC day's budget.</summary>
internal sealed record LlmReservation(DateOnly Day, LlmSpend Estimate);
