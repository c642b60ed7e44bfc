namespace Summarizer.Extraction.Html;

/// <summary>Splits class/id values into lower-case tokens ("articleBody__share-btn" → article, body, share, btn).</summary>
internal static class ClassTokens
{
    public static List<string> Split(string? value, List<string> into)
    {
        into.Clear();
        if (string.IsNullOrEmpty(value))
        {
            return into;
        }

        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var boundary = !char.IsAsciiLetter(c)
                || (i > start + 1 && start >= 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(value[i - 1]));
            if (boundary && start >= 0)
            {
                into.Add(value[start..i].ToLowerInvariant());
                start = -1;
            }

            if (char.IsAsciiLetter(c) && start < 0)
            {
                start = i;
            }
        }

        return into;
    }

    /// <summary>The raw value with separators kept, lower-cased, for whole-name matches like "entry-content".</summary>
    public static IEnumerable<string> Names(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
