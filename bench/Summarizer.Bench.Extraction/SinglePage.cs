using System.IO.Compression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Extraction;
using Summarizer.Fetching;

namespace Summarizer.Bench.Extraction;

/// <summary>Debug aid: extracts one page and prints its metadata and paragraphs, one per line.</summary>
internal static class SinglePage
{
    public static int Print(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        using var services = new ServiceCollection().AddLogging().AddExtraction(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var article = services.GetRequiredService<IContentExtractor>().Extract(new FetchedPage(null, bytes, "text/html", null));
        Console.WriteLine($"title: {article.Title}\nby: {article.Byline}\npublished: {article.PublishedAt:O}\nmodified: {article.ModifiedAt:O}");
        Console.WriteLine($"lang: {article.Language} {article.Direction}\nsite: {article.SiteName}\ncanonical: {article.CanonicalUrl}\nimage: {article.ImageUrl}\ndescription: {article.Description}\n---");
        foreach (var paragraph in article.Paragraphs)
        {
            Console.WriteLine($"| {paragraph}");
        }

        return 0;
    }
}
