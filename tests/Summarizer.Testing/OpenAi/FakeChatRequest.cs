using System.Text.Json;

namespace Summarizer.Testing.OpenAi;

/// <summary>One chat completion request as the fake endpoint received it, parsed.</summary>
public sealed record FakeChatRequest(int Index, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    private readonly Lazy<JsonDocument> _json = new(() => JsonDocument.Parse(Body));

    public JsonElement Json => _json.Value.RootElement;

    public string? Model => Json.TryGetProperty("model", out var m) ? m.GetString() : null;

    public IReadOnlyList<(string Role, string Content)> Messages =>
        Json.GetProperty("messages").EnumerateArray()
            .Select(m => (m.GetProperty("role").GetString()!, ContentOf(m)))
            .ToList();

    public string System => string.Join('\n', Messages.Where(m => m.Role is "system" or "developer").Select(m => m.Content));

    public string User => string.Join('\n', Messages.Where(m => m.Role == "user").Select(m => m.Content));

    public JsonElement? ResponseFormat => Json.TryGetProperty("response_format", out var f) ? f : null;

    private static string ContentOf(JsonElement message)
    {
        var content = message.GetProperty("content");
        return content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : ""));
    }
}
