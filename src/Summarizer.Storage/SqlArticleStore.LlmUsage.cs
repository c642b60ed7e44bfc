using System.Globalization;
using Dapper;
using Summarizer.Summarization.Llm.Budget;

namespace Summarizer.Storage;

/// <summary>
/// The daily LLM budget in the store: one row per UTC day. A reservation is a single UPDATE whose WHERE checks the
/// limits, so it is atomic on both databases (PostgreSQL re-checks the condition on the locked row; SQLite has one writer).
/// Costs are bound as text and cast, since SQLite would otherwise compare a number with text.
/// </summary>
public abstract partial class SqlArticleStore : ILlmUsageStore
{
    public async Task<bool> TryReserveAsync(DateOnly day, LlmSpend estimate, LlmSpend limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(limit);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO llm_usage (day) VALUES (@day) ON CONFLICT (day) DO NOTHING", new { day = Day(day) }, cancellationToken: cancellationToken));
        var reserved = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE llm_usage SET reserved_tokens = reserved_tokens + @tokens, reserved_cost = reserved_cost + CAST(@cost AS NUMERIC)
            WHERE day = @day
              AND (@tokenLimit = 0 OR tokens + reserved_tokens < @tokenLimit)
              AND (@noCostLimit OR cost + reserved_cost < CAST(@costLimit AS NUMERIC))
            """,
            new
            {
                day = Day(day), tokens = estimate.Tokens, cost = Text(estimate.Cost), tokenLimit = limit.Tokens,
                noCostLimit = limit.Cost <= 0, costLimit = Text(limit.Cost),
            },
            cancellationToken: cancellationToken));
        return reserved == 1;
    }

    public async Task CommitAsync(DateOnly day, LlmSpend reserved, LlmSpend used, int calls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reserved);
        ArgumentNullException.ThrowIfNull(used);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE llm_usage SET reserved_tokens = reserved_tokens - @reservedTokens,
                reserved_cost = reserved_cost - CAST(@reservedCost AS NUMERIC),
                tokens = tokens + @tokens, cost = cost + CAST(@cost AS NUMERIC), calls = calls + @calls
            WHERE day = @day
            """,
            new
            {
                day = Day(day), reservedTokens = reserved.Tokens, reservedCost = Text(reserved.Cost), tokens = used.Tokens,
                cost = Text(used.Cost), calls = (long)calls,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<LlmDayUsage> GetUsageAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<LlmUsageRow>(new CommandDefinition(
            "SELECT tokens, CAST(cost AS TEXT) AS cost, calls, reserved_tokens FROM llm_usage WHERE day = @day",
            new { day = Day(day) }, cancellationToken: cancellationToken));
        return row is null
            ? new LlmDayUsage(day, 0, 0m, 0, 0)
            : new LlmDayUsage(day, row.Tokens, decimal.Parse(row.Cost, NumberStyles.Float, CultureInfo.InvariantCulture), row.Calls, row.ReservedTokens);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
