using System.Globalization;
using Summarizer.Extraction;

namespace Summarizer.Summarization.Llm;

/// <summary>How article text goes into a prompt: title, blank line, paragraphs; no way to forge the data delimiters.</summary>
internal static class ArticleData
{
    public static string Format(string title, IEnumerable<string> paragraphs) =>
        Sanitize(string.IsNullOrWhiteSpace(title) ? string.Join('\n', paragraphs) : title.Trim() + "\n\n" + string.Join('\n', paragraphs));

    public static string Format(ExtractedArticle article) => Format(article.Title, article.Paragraphs);

    /// <summary>
    /// The prompts mark data with <c>### ARTICLE START ###</c> and <c>### ARTICLE END ###</c>; folding every <c>###</c>
    /// in the data to <c>#</c> means the data can never close its block early.
    /// </summary>
    public static string Sanitize(string text)
    {
        while (text.Contains("###", StringComparison.Ordinal))
        {
            text = text.Replace("###", "#", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The English name of the output language for the prompt, e.g. <c>ar</c> → Arabic.</summary>
    public static string LanguageName(string tag)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            return culture.Parent is { Name.Length: > 0 } parent && !culture.IsNeutralCulture ? parent.EnglishName : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }
}
