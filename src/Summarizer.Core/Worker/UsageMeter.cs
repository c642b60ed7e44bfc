using Summarizer.Extraction;
using Summarizer.Summarization;

namespace Summarizer.Worker;

/// <summary>
/// Counts the LLM tokens and cost of every summary a pass writes, so the pass line can say what the pass cost,
/// without the article workflow knowing about it. Keeps the wrapped summarizer's name and version.
/// </summary>
internal class UsageMeter(IArticleSummarizer inner) : IArticleSummarizer
{
    private readonly Lock _gate = new();
    private TokenUsage _total = TokenUsage.None;

    public string Name => inner.Name;

    public TokenUsage Total
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    /// <summary>Wraps <paramref name="summarizer"/>; a versioned one stays versioned, so stored summaries are still found.</summary>
    public static UsageMeter Wrap(IArticleSummarizer summarizer) =>
        summarizer is IVersionedSummarizer versioned ? new Versioned(summarizer, versioned) : new UsageMeter(summarizer);

    public async Task<ArticleSummary> SummarizeAsync(ExtractedArticle article, CancellationToken cancellationToken)
    {
        var summary = await inner.SummarizeAsync(article, cancellationToken);
        if (summary.Usage is { } usage)
        {
            lock (_gate)
            {
                _total = _total.Add(usage);
            }
        }

        return summary;
    }

    private sealed class Versioned(IArticleSummarizer inner, IVersionedSummarizer version) : UsageMeter(inner), IVersionedSummarizer
    {
        public string? Model => version.Model;

        public string PromptVersion => version.PromptVersion;
    }
}
