namespace Summarizer.Summarization.Llm.Budget;

/// <summary>The day's spending for a host without a store (the LLM alone, the benchmark): one process's count.</summary>
internal sealed class InMemoryLlmUsageStore : ILlmUsageStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<DateOnly, Day> _days = [];

    public Task<bool> TryReserveAsync(DateOnly day, LlmSpend estimate, LlmSpend limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(limit);
        lock (_gate)
        {
            var d = Get(day);
            if ((limit.Tokens > 0 && d.Tokens + d.ReservedTokens >= limit.Tokens) || (limit.Cost > 0 && d.Cost + d.ReservedCost >= limit.Cost))
            {
                return Task.FromResult(false);
            }

            d.ReservedTokens += estimate.Tokens;
            d.ReservedCost += estimate.Cost;
            return Task.FromResult(true);
        }
    }

    public Task CommitAsync(DateOnly day, LlmSpend reserved, LlmSpend used, int calls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reserved);
        ArgumentNullException.ThrowIfNull(used);
        lock (_gate)
        {
            var d = Get(day);
            d.ReservedTokens -= reserved.Tokens;
            d.ReservedCost -= reserved.Cost;
            d.Tokens += used.Tokens;
            d.Cost += used.Cost;
            d.Calls += calls;
        }

        return Task.CompletedTask;
    }

    public Task<LlmDayUsage> GetUsageAsync(DateOnly day, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var d = Get(day);
            return Task.FromResult(new LlmDayUsage(day, d.Tokens, d.Cost, d.Calls, d.ReservedTokens));
        }
    }

    private Day Get(DateOnly day)
    {
        if (!_days.TryGetValue(day, out var d))
        {
            _days[day] = d = new Day();
        }

        return d;
    }

    private sealed class Day
    {
        public long Tokens { get; set; }

        public decimal Cost { get; set; }

        public long Calls { get; set; }

        public long ReservedTokens { get; set; }

        public decimal ReservedCost { get; set; }
    }
}
