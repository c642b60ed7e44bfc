using System.Text.Json;
using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Summarization.Llm.Answers;

/// <summary>
/// Reads the model's JSON answer tolerantly: code fences, text around the object, trailing commas, comments,
/// <c>key_points</c> spellings, and key points given as one bulleted string are all accepted.
/// </summary>
internal static partial class AnswerParser
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    private static readonly string[] SummaryNames = ["summary", "ملخص", "الملخص"];
    private static readonly string[] KeyPointNames = ["keyPoints", "key_points", "keypoints", "points", "bullets", "النقاط"];

    public static AnswerParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return AnswerParseResult.Failure("the answer was empty");
        }

        var json = ExtractObject(text);
        if (json is null)
        {
            return AnswerParseResult.Failure("the answer holds no JSON object");
        }

        try
        {
            using var document = JsonDocument.Parse(json, Lenient);
            return Read(document.RootElement);
        }
        catch (JsonException ex)
        {
            return AnswerParseResult.Failure($"the answer is not valid JSON ({ex.Message.Split('.')[0]})");
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // A lone UTF-16 surrogate, raw or as a \uD800 escape: System.Text.Json refuses to transcode it.
            return AnswerParseResult.Failure("the answer holds invalid Unicode (an unpaired surrogate)");
        }
    }

    private static AnswerParseResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return AnswerParseResult.Failure("the answer is not a JSON object");
        }

        // JSON escapes (\u001b, \u202e) decode to controls only here, so the decoded strings are made safe here.
        var summary = Find(root, SummaryNames) is { ValueKind: JsonValueKind.String } s ? SafeText.Clean(s.GetString()!).Trim() : "";
        var points = Find(root, KeyPointNames) is { } p ? ReadPoints(p) : [];
        if (summary.Length == 0)
        {
            return AnswerParseResult.Failure("the JSON has no \"summary\" string");
        }

        return points.Count == 0
            ? AnswerParseResult.Failure("the JSON has no \"keyPoints\" array of strings")
            : AnswerParseResult.Success(new LlmAnswer(summary, points));
    }

    /// <summary>The text from the first <c>{</c> to its last <c>}</c>, inside a code fence when there is one.</summary>
    private static string? ExtractObject(string text)
    {
        var fence = Fence().Match(text);
        var body = fence.Success ? fence.Groups["body"].Value : text;
        var start = body.IndexOf('{', StringComparison.Ordinal);
        var end = body.LastIndexOf('}');
        return start >= 0 && end > start ? body[start..(end + 1)] : null;
    }

    private static JsonElement? Find(JsonElement root, string[] names)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (names.Any(n => string.Equals(n, property.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static List<string> ReadPoints(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null)
            .Select(Clean)
            .Where(s => s.Length > 0)
            .ToList(),
        JsonValueKind.String => element.GetString()!.Split('\n').Select(Clean).Where(s => s.Length > 0).ToList(),
        _ => [],
    };

    private static string Clean(string? point) => point is null ? "" : BulletMarker().Replace(SafeText.Line(point), "").Trim();

    [GeneratedRegex(@"```(?:json|JSON)?\s*(?<body>[\s\S]*?)```")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^(?:[-*•▪‣]|\d+[.)\-]|[٠-٩]+[.)\-])\s*")]
    private static partial Regex BulletMarker();
}
