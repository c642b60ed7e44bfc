using Microsoft.SemanticKernel;

namespace Summarizer.Summarization.Llm.Prompts;

/// <summary>One prompt template ready to invoke; <see cref="VersionTag"/> is stored with every result it helped make.</summary>
internal sealed record LlmPrompt(string FileName, int Version, KernelFunction Function)
{
    public string VersionTag => $"{FileName}@{Version}";
}
