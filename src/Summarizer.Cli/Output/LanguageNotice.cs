using System.Globalization;
using Summarizer.Extraction;
using Summarizer.Pipeline;

namespace Summarizer.Cli.Output;

/// <summary>
/// One warning line when the article is not in Arabic: the boxes keep their Arabic headings, so the reader is told what
/// language the summary under them is in.
/// </summary>
internal static class LanguageNotice
{
    public static string? For(SummarizedArticle result, string outputLanguage)
    {
        ArgumentNullException.ThrowIfNull(result);
        var language = LanguageGuess.Primary(result.Article.Language);
        if (language is "ar" or "und")
        {
            return null;
        }

        var name = Name(language);
        return result.Summary.Summarizer == "extractive"
            ? $"the article is in {name}; the extractive summary keeps its language"
            : $"the article is in {name}; the summary was written in {Name(LanguageGuess.Primary(outputLanguage))} from it";
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
