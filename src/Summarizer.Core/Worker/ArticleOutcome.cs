namespace Summarizer.Worker;

/// <summary>What happened to one claimed article.</summary>
public enum ArticleOutcome
{
    Summarized,
    Reused,
    Skipped,
    Retrying,
    Failed,
    Released,
}

/// <summary>Counts of one worker pass.</summary>
public sealed record PassReport(int SourcesPolled, int SourceFailures, int NewArticles, IReadOnlyDictionary<ArticleOutcome, int> Outcomes)
{
    public int Count(ArticleOutcome outcome) => Outcomes.GetValueOrDefault(outcome);

    /// <summary>Wall-clock time of the pass, polling included.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>LLM tokens and cost of the summaries the pass wrote (none for the extractive summarizer).</summary>
    public Summarization.TokenUsage Usage { get; init; } = Summarization.TokenUsage.None;

    /// <summary>Whether the pass did anything worth a line: a source polled or an article handled.</summary>
    public bool IsEmpty => SourcesPolled == 0 && Outcomes.Values.Sum() == 0;
}
