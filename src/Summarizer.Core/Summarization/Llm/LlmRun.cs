namespace Summarizer.Summarization.Llm;

/// <summary>What the calls for one article added up to: tokens, calls, cost, and the prompt versions used.</summary>
internal sealed class LlmRun
{
    private readonly Lock _gate = new();
    private readonly List<string> _versions = [];

    public TokenUsage Usage { get; private set; } = TokenUsage.None;

    public string PromptVersion
    {
        get
        {
            lock (_gate)
            {
                return string.Join('+', _versions.Distinct());
            }
        }
    }

    public void Add(string promptVersion, TokenUsage usage)
    {
        lock (_gate)
        {
            _versions.Add(promptVersion);
            Usage = Usage.Add(usage);
        }
    }
}
