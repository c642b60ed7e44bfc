using Summarizer.Pipeline;

namespace Summarizer.Cli.Inputs;

/// <summary>One argument's outcome: an input ready for the pipeline, or why it cannot be read.</summary>
internal sealed record ResolvedInput(string Source, ArticleInput? Input, SummarizerException? Error)
{
    public string Id => Input?.Id ?? (Source == "-" ? "stdin" : InputResolver.IdForPath(Source));
}
