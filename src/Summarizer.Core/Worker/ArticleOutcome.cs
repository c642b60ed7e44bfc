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
}
