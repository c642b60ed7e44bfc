namespace Summarizer.Summarization.Llm.Budget;

/// <summary>
/// Where the day's LLM spending is counted: the article store, so that every worker on one database shares one budget.
/// A call reserves its estimate before it starts and commits what it really used when it ends; the reservation is one
/// statement that checks and adds at once, so two workers can never both take the last room.
/// </summary>
public interface ILlmUsageStore
{
    /// <summary>
    /// Adds the estimate to the day's reservations when the day's used plus reserved tokens and cost are both still
    /// under their limits (0 = no limit); false, and nothing reserved, when either is reached.
    /// </summary>
    Task<bool> TryReserveAsync(DateOnly day, LlmSpend estimate, LlmSpend limit, CancellationToken cancellationToken);

    /// <summary>Takes the reservation back and counts what the call used (nothing for a failed call).</summary>
    Task CommitAsync(DateOnly day, LlmSpend reserved, LlmSpend used, int calls, CancellationToken cancellationToken);

    Task<LlmDayUsage> GetUsageAsync(DateOnly day, CancellationToken cancellationToken);
}

/// <summary>Tokens (prompt plus completion) and cost.</summary>
public sealed record LlmSpend(long Tokens, decimal Cost)
{
    public static LlmSpend None { get; } = new(0, 0m);
}

/// <summary>What one UTC day used, and what calls in flight have reserved.</summary>
public sealed record LlmDayUsage(DateOnly Day, long Tokens, decimal Cost, long Calls, long ReservedTokens);
