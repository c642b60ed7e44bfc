using System.Globalization;
using Summarizer.Pipeline;

namespace Summarizer.Cli.Output;

/// <summary>
/// One warning line when the article is not in Arabic: the boxes keep their Arabic headings, so the reader is told what
/// language the summary under them is in.
/// </summary>
internal static class LanguageNotice
{
    /// <summary>The primary subtag of a BCP 47 tag, lowercase: <c>ar-AR</c> → <c>ar</c>, <c>en-US</c> → <c>en</c>.</summary>
    public static string Primary(string language) =>
        (language.Split('-', '_')[0] is { Length: > 0 } primary ? primary : "und").ToLowerInvariant();

    public static string? For(SummarizedArticle result, string outputLanguage)
    {
        ArgumentNullException.ThrowIfNull(result);
        var language = Primary(result.Article.Language);
        if (language is "ar" or "und")
        {
            return null;
        }

        var name = Name(language);
        return result.Summary.Summarizer == "extractive"
            ? $"the article is in {name}; the extractive summary keeps its language"
            : $"the article is in {name}; the summary was written in {Name(Primary(outputLanguage))} from it";
    }

    private static string Name(string language)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(language);
            return culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? language : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }
}
