using System.Text.Json;
using System.Text.Json.Serialization;
using Summarizer.Extraction;

namespace Summarizer.Bench.Llm;

/// <summary>The first <c>limit</c> articles of a dataset file, with their ids (lines with <c>id</c>, <c>title</c>, <c>text</c>).</summary>
internal static class DatasetArticles
{
    public static IReadOnlyList<(string Id, ExtractedArticle Article)> Load(string path, int limit) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<Line>(l)!)
            .Where(a => !string.IsNullOrWhiteSpace(a.Text) && !string.IsNullOrWhiteSpace(a.Id))
            .Take(limit)
            .Select(a => (a.Id!, new ExtractedArticle
            {
                Title = a.Title ?? "",
                Paragraphs = a.Text!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Language = "ar",
                Direction = "rtl",
                Url = Uri.TryCreate(a.Url, UriKind.Absolute, out var url) ? url : null,
            }))
            .ToList();

    private sealed record Line(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("url")] string? Url,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("text")] string? Text);
}
