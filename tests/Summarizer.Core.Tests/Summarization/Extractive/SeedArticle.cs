using Summarizer.Extraction;

namespace Summarizer.Core.Tests.Summarization.Extractive;

/// <summary>
/// The seed page (a copy of shared/seeds/000_a5a80c941dff22f7.txt in TestData): title on the first line, the site's own
/// summary box, then the article, with "Advertisement" markers. The body is what follows the last key-point bullet.
/// </summary>
internal static class SeedArticle
{
    public static string Path => System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Summarization", "seed-000_a5a80c941dff22f7.txt");

    public static ExtractedArticle Load()
    {
        var lines = File.ReadAllLines(Path);
        var lastBullet = Array.FindLastIndex(lines, l => l.TrimStart().StartsWith('•'));
        return new ExtractedArticle
        {
            Title = lines[0].Trim(),
            Paragraphs = lines.Skip(lastBullet + 1)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && l != "Advertisement")
                .ToList(),
            Language = "ar",
            Direction = "rtl",
        };
    }
}
