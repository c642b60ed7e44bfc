using System.Text.Json;

namespace Summarizer.Testing.OpenAi;

/// <summary>What <see cref="FakeOpenAiEndpoint"/> answers to one chat completion request.</summary>
public sealed record FakeReply
{
    public int Status { get; init; } = 200;

    /// <summary>The assistant message content; null with <see cref="NoChoices"/> false sends <c>"content": null</c>.</summary>
    public string? Content { get; init; }

    /// <summary>Answer with <c>"choices": []</c>.</summary>
    public bool NoChoices { get; init; }

    public string FinishReason { get; init; } = "stop";

    public TimeSpan Delay { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Leave out <c>usage</c>, as some local servers do.</summary>
    public bool OmitUsage { get; init; }

    /// <summary>Fixed usage; null counts the request's messages and the answer with the o200k encoding.</summary>
    public int? PromptTokens { get; init; }

    public int? CompletionTokens { get; init; }

    /// <summary>Writes the body itself (after status and headers): an endless or trickling answer.</summary>
    public Func<Microsoft.AspNetCore.Http.HttpContext, Task>? WriteBody { get; init; }

    /// <summary>A body sent as is (for error statuses).</summary>
    public string? RawBody { get; init; }

    /// <summary>JSON as a model writes it: Arabic as is, not as <c>\u</c> escapes.</summary>
    public static JsonSerializerOptions ModelJson { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static FakeReply Answer(string summary, params string[] keyPoints) =>
        new() { Content = JsonSerializer.Serialize(new { summary, keyPoints }, ModelJson) };

    public static FakeReply Text(string content) => new() { Content = content };

    public static FakeReply Error(int status, string? retryAfter = null) => new()
    {
        Status = status,
        RawBody = JsonSerializer.Serialize(new { error = new { message = $"fake error {status}", type = "fake", code = status.ToString(System.Globalization.CultureInfo.InvariantCulture) } }),
        Headers = retryAfter is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Retry-After"] = retryAfter },
    };
}
