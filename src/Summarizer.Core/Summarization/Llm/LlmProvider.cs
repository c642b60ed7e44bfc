namespace Summarizer.Summarization.Llm;

/// <summary>Which chat-completion connector Semantic Kernel uses.</summary>
public enum LlmProvider
{
    /// <summary>No LLM: <c>--summarizer auto</c> uses the extractive summarizer.</summary>
    None,

    /// <summary>OpenAI; with <see cref="LlmOptions.Endpoint"/> set, any OpenAI-compatible server (Ollama, vLLM, llama.cpp, LM Studio).</summary>
    OpenAI,

    /// <summary>Azure OpenAI: <see cref="LlmOptions.Endpoint"/> is the resource URL and <see cref="LlmOptions.Model"/> the deployment name.</summary>
    AzureOpenAI,
}
