using System.Text.Json.Serialization;

namespace Summarizer.Bench.Summarization;

/// <summary>One line of a dataset such as <c>ant-bbc-dev.jsonl</c>: paragraphs in <see cref="Text"/> separated by newlines.</summary>
internal sealed record DatasetArticle(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string? Text);

/// <summary>One line of the predictions file read by <c>score_summaries.py</c>.</summary>
internal sealed record Prediction(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("keyPoints")] IReadOnlyList<string> KeyPoints);
