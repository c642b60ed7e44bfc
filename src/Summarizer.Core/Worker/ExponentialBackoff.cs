namespace Summarizer.Worker;

/// <summary>The delay before attempt n+1: <c>first × 2^(n−1)</c>, capped at <c>max</c>.</summary>
internal static class ExponentialBackoff
{
    /// <remarks>The cap is checked before multiplying: a large attempt count would otherwise overflow <see cref="TimeSpan"/>.</remarks>
    public static TimeSpan Delay(TimeSpan first, TimeSpan max, int attempt)
    {
        var factor = Math.Pow(2, Math.Max(0, attempt - 1));
        return first <= TimeSpan.Zero ? TimeSpan.Zero : factor >= max / first ? max : first * factor;
    }
}
