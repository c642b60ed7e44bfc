using Microsoft.SemanticKernel;

namespace Summarizer.Summarization.Llm.Prompts;

/// <summary>
/// One prompt template ready to invoke; <see cref="VersionTag"/> names it in logs and in the prompt set version, and
/// <see cref="TemplateTokens"/> is the size of everything but its variables.
/// </summary>
internal sealed record LlmPrompt(string FileName, int Version, KernelFunction Function, int TemplateTokens)
{
    public string VersionTag => $"{FileName}@{Version}";
}
