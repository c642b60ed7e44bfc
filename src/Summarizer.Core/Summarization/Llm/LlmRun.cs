namespace Summarizer.Summarization.Llm;

/// <summary>What the calls for one article added up to: tokens, calls and cost.</summary>
internal sealed class LlmRun
{
    private readonly Lock _gate = new();

    public TokenUsage Usage { get; private set; } = TokenUsage.None;

    public void Add(TokenUsage usage)
    {
        lock (_gate)
        {
            Usage = Usage.Add(usage);
        }
    }
}
