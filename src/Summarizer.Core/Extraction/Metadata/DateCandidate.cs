namespace Summarizer.Extraction.Metadata;

/// <summary>One piece of date evidence: a value, where it came from, and how much that source is trusted.</summary>
/// <param name="Value">The date with the offset it was written with.</param>
/// <param name="Weight">Trust in the source; evidence for the same day adds up.</param>
/// <param name="Modified">Whether the source names a modification rather than the publication.</param>
/// <param name="Zone">How the time zone was written.</param>
internal readonly record struct DateCandidate(DateTimeOffset Value, double Weight, bool Modified, DateZone Zone)
{
    /// <summary>The day as written on the page (in the offset it was written with).</summary>
    public DateOnly Day => DateOnly.FromDateTime(Value.DateTime);
}
