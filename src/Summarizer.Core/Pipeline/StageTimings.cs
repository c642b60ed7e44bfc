namespace Summarizer.Pipeline;

/// <summary>Milliseconds spent in each stage of one article.</summary>
public sealed record StageTimings(double Fetch, double Extract, double Summarize)
{
    public double Total => Math.Round(Fetch + Extract + Summarize, 1);
}
