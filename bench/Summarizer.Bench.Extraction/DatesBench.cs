using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Summarizer.Extraction;
using Summarizer.Fetching;

namespace Summarizer.Bench.Extraction;

/// <summary>
/// Publication dates over a dataset in htmldate's evaluation layout (<c>ground-truth.json</c> maps each page URL to
/// <c>{"file","date"}</c>; pages in <c>html/</c>). Each page is extracted with its URL, as a fetched page would be, and
/// the published date is written as <c>{"id","publishedAt"}</c> JSONL for <c>score_dates.py</c>. A page judged "not an
/// article" still counts: its metadata comes with the exception.
/// </summary>
internal static class DatesBench
{
    public static int Run(IContentExtractor extractor, string directory, string outputPath)
    {
        var pages = Load(directory);
        Published(extractor, pages[0]); // warm-up: JIT
        var stopwatch = Stopwatch.StartNew();
        var dates = pages.Select(p => Published(extractor, p)).ToList();
        stopwatch.Stop();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using (var writer = new StreamWriter(outputPath))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                writer.WriteLine(JsonSerializer.Serialize(new { id = pages[i].Id, publishedAt = dates[i].Published?.ToString("O", CultureInfo.InvariantCulture), modifiedAt = dates[i].Modified?.ToString("O", CultureInfo.InvariantCulture) }));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dates {directory}: {pages.Count} pages, {dates.Count(d => d.Published is not null)} dated, {pages.Count / stopwatch.Elapsed.TotalSeconds:F1} pages/s"));
        return 0;
    }

    private static (DateTimeOffset? Published, DateTimeOffset? Modified) Published(IContentExtractor extractor, BenchPage page)
    {
        try
        {
            var article = extractor.Extract(new FetchedPage(page.Url, page.Html, "text/html", null));
            return (article.PublishedAt, article.ModifiedAt);
        }
        catch (SummarizerException ex)
        {
            return (ex.Page?.PublishedAt, ex.Page?.ModifiedAt);
        }
    }

    private static List<BenchPage> Load(string directory)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "ground-truth.json")));
        var pages = new List<BenchPage>();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString()!;
            var path = Path.Combine(directory, "html", file + ".gz");
            path = File.Exists(path) ? path : Path.Combine(directory, "html", file);
            if (!File.Exists(path))
            {
                continue; // the scorer counts it as a page with no date
            }

            var id = file[..file.LastIndexOf('.')];
            pages.Add(new BenchPage(id, Uri.TryCreate(entry.Name, UriKind.Absolute, out var url) ? url : null, Read(path)));
        }

        return pages;
    }

    private static byte[] Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream source = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var buffer = new MemoryStream();
        source.CopyTo(buffer);
        return buffer.ToArray();
    }
}
