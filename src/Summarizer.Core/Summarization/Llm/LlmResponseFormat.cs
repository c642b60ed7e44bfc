namespace Summarizer.Summarization.Llm;

/// <summary>How the request asks for JSON; servers that reject <c>response_format</c> can use <see cref="PromptOnly"/>.</summary>
public enum LlmResponseFormat
{
    /// <summary><c>response_format: json_schema</c> with the summary schema (OpenAI, Azure OpenAI, Ollama, vLLM).</summary>
    JsonSchema,

    /// <summary><c>response_format: json_object</c> (older servers).</summary>
    JsonObject,

    /// <summary>No <c>response_format</c>; the prompt alone asks for JSON and the parser is tolerant.</summary>
    PromptOnly,
}
