using OpenAI.Chat;

namespace Summarizer.Summarization.Llm.Client;

/// <summary>The JSON schema of an answer, sent as <c>response_format</c> where the provider supports it.</summary>
internal static class SummarySchema
{
    public const string Name = "article_summary";

    public const string Json = """
        {"type":"object","properties":{"summary":{"type":"string"},"keyPoints":{"type":"array","items":{"type":"string"}}},"required":["summary","keyPoints"],"additionalProperties":false}
        """;

    public static ChatResponseFormat? For(LlmResponseFormat format) => format switch
    {
        LlmResponseFormat.JsonSchema => ChatResponseFormat.CreateJsonSchemaFormat(Name, BinaryData.FromString(Json), jsonSchemaIsStrict: true),
        LlmResponseFormat.JsonObject => ChatResponseFormat.CreateJsonObjectFormat(),
        _ => null,
    };
}
