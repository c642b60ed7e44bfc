using Summarizer.Summarization.Llm.Prompts;

namespace Summarizer.Summarization.Llm.Client;

/// <summary>Renders one prompt template with its variables and sends it as one chat completion.</summary>
internal interface ILlmChatClient
{
    /// <param name="promptTokens">Estimated prompt tokens, for the shared token rate limit.</param>
    /// <exception cref="SummarizerException">With <see cref="FailureKind.SummarizationFailed"/> and a message naming the cause.</exception>
    Task<LlmReply> CompleteAsync(LlmPrompt prompt, IReadOnlyDictionary<string, string> variables, int promptTokens, CancellationToken cancellationToken);
}
