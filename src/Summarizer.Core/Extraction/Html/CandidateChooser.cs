using System.Net;
using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Html;

/// <summary>
/// Keeps the better of the scored container and the all-paragraphs baseline, and checks both against
/// JSON-LD <c>articleBody</c> when the page has one: the DOM wins when it covers that text, the JSON-LD
/// body only when neither DOM candidate does (articleBody is often truncated, stale or HTML-laden).
/// </summary>
internal static partial class CandidateChooser
{
    private const double ShortMainShare = 0.5;
    private const double GoodRecall = 0.7;
    private const int MinEvidenceLetters = 300;

    public static List<TextBlock> Choose(List<TextBlock> main, List<TextBlock> baseline, string? articleBody)
    {
        var best = Letters(main) < Letters(baseline) * ShortMainShare ? baseline : main;
        var body = articleBody is null ? null : Plain(articleBody);
        if (body is null || TextCounts.Letters(body) < MinEvidenceLetters)
        {
            return best;
        }

        if (TextOverlap.Recall(body, Join(best)) >= GoodRecall)
        {
            return best;
        }

        var other = ReferenceEquals(best, main) ? baseline : main;
        if (TextOverlap.Recall(body, Join(other)) >= GoodRecall)
        {
            return other;
        }

        return body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => new TextBlock(t, "p", TextCounts.Letters(t), 0))
            .ToList();
    }

    public static int Letters(List<TextBlock> blocks) => blocks.Sum(b => b.Letters);

    private static string Join(List<TextBlock> blocks) => string.Join('\n', blocks.Select(b => b.Text));

    private static string Plain(string articleBody)
    {
        var text = articleBody.Contains('<', StringComparison.Ordinal) ? Tags().Replace(articleBody, "\n") : articleBody;
        text = WebUtility.HtmlDecode(text);
        return string.Join('\n', text.Split('\n').Select(Text.Whitespace.Collapse).Where(l => l.Length > 0));
    }

    [GeneratedRegex("<[^>]{0,2000}>")]
    private static partial Regex Tags();
}
