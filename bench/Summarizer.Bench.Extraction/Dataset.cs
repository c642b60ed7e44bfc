using System.IO.Compression;
using System.Text.Json;

namespace Summarizer.Bench.Extraction;

/// <summary>
/// Reads a dataset: <c>html/*.html.gz</c> (or <c>*.html</c>) plus the URLs from the ground truth, either the scrapinghub
/// layout (<c>ground-truth.json</c>, id → {url}) or trafilatura's (<c>evaldata.json</c>, url → {file}).
/// </summary>
internal static class Dataset
{
    public static List<BenchPage> Load(string directory)
    {
        var urls = ReadUrls(Path.Combine(directory, "ground-truth.json"));
        foreach (var (id, url) in ReadEvalDataUrls(Path.Combine(directory, "evaldata.json")))
        {
            urls.TryAdd(id, url);
        }

        var pages = new List<BenchPage>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(directory, "html")).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!name.EndsWith(".html.gz", StringComparison.Ordinal) && !name.EndsWith(".html", StringComparison.Ordinal))
            {
                continue;
            }

            var id = name.Replace(".html.gz", "", StringComparison.Ordinal).Replace(".html", "", StringComparison.Ordinal);
            pages.Add(new BenchPage(id, urls.GetValueOrDefault(id), Read(path)));
        }

        return pages;
    }

    private static byte[] Read(string path)
    {
        using var file = File.OpenRead(path);
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var plain = new MemoryStream();
            file.CopyTo(plain);
            return plain.ToArray();
        }

        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static Dictionary<string, Uri> ReadUrls(string path)
    {
        var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return urls;
        }

        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var page in doc.RootElement.EnumerateObject())
        {
            if (page.Value.ValueKind == JsonValueKind.Object && page.Value.TryGetProperty("url", out var url)
                && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri))
            {
                urls[page.Name] = uri;
            }
        }

        return urls;
    }

    // trafilatura's evaldata.json is keyed by URL; the page id is its file name without .html / .html.gz.
    private static IEnumerable<(string Id, Uri Url)> ReadEvalDataUrls(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var page in doc.RootElement.EnumerateObject())
        {
            if (page.Value.ValueKind == JsonValueKind.Object && page.Value.TryGetProperty("file", out var file)
                && file.GetString() is { } name && Uri.TryCreate(page.Name, UriKind.Absolute, out var uri))
            {
                var id = Path.GetFileName(name).Replace(".html.gz", "", StringComparison.Ordinal).Replace(".html", "", StringComparison.Ordinal);
                yield return (id, uri);
            }
        }
    }
}
