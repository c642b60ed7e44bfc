using System.Text.Json;
using System.Text.Json.Serialization;
using Summarizer.Extraction;

namespace Summarizer.Bench.Llm;

/// <summary>Articles for the run: BBC Arabic articles from the shared dataset, repeated to the count asked for.</summary>
internal static class BenchArticles
{
    public static IReadOnlyList<ExtractedArticle> Load(string path, int count)
    {
        var articles = File.ReadLines(path)
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<Line>(l)!)
            .Where(a => !string.IsNullOrWhiteSpace(a.Text))
            .Select(a => new ExtractedArticle
            {
                Title = a.Title ?? "",
                Paragraphs = a.Text!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Language = "ar",
                Direction = "rtl",
                Url = Uri.TryCreate(a.Url, UriKind.Absolute, out var url) ? url : null,
            })
            .ToList();
        return Enumerable.Range(0, count).Select(i => articles[i % articles.Count]).ToList();
    }

    /// <summary>The shared dataset, found from the working folder or any folder above it.</summary>
    public static string? FindDataset()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { "shared/data/summarization/ant-bbc-dev.jsonl", "../shared/data/summarization/ant-bbc-dev.jsonl" })
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, candidate));
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    private sealed record Line(
        [property: JsonPropertyName("url")] string? Url,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("text")] string? Text);
}
