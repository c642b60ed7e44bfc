namespace Summarizer.Extraction.Html;

/// <summary>Word-bag recall of a reference text in a candidate: how much of JSON-LD's articleBody a DOM candidate covers.</summary>
internal static class TextOverlap
{
    public static double Recall(string reference, string candidate)
    {
        var words = Words(candidate).ToHashSet(StringComparer.OrdinalIgnoreCase);
        int total = 0, found = 0;
        foreach (var word in Words(reference))
        {
            total++;
            if (words.Contains(word))
            {
                found++;
            }
        }

        return total == 0 ? 0 : (double)found / total;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '،', '؛', ':', '"', '\'', '(', ')', '«', '»', '“', '”'))
            .Where(w => w.Length > 0);
}
