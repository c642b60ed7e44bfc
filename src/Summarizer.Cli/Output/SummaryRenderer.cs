using System.Globalization;
using System.Text;
using System.Text.Json;
using Summarizer.Pipeline;

namespace Summarizer.Cli.Output;

/// <summary>Renders one summarized article in each text format.</summary>
internal static class SummaryRenderer
{
    public static string Text(SummarizedArticle result)
    {
        var text = new StringBuilder();
        if (result.Article.Title.Length > 0)
        {
            text.Append(result.Article.Title).Append("\n\n");
        }

        if (SummaryHeadings.UnverifiedWarning(result.Summary) is { } warning)
        {
            text.Append("⚠ ").Append(warning).Append("\n\n");
        }

        text.Append(SummaryHeadings.Summary).Append("\n\n")
            .Append(result.Summary.Summary).Append("\n\n");
        if (result.Summary.KeyPoints.Count > 0)
        {
            // A short article may give no key point: then no empty heading either.
            text.Append(SummaryHeadings.KeyPoints).Append("\n\n");
        }

        foreach (var point in result.Summary.KeyPoints)
        {
            text.Append("  ").Append(SummaryHeadings.Bullet).Append(' ').Append(point).Append('\n');
        }

        return text.ToString();
    }

    /// <param name="sources">The stored sources that found the article (<c>export</c>): a line after the URL.</param>
    public static string Markdown(SummarizedArticle result, IReadOnlyList<string>? sources = null)
    {
        var text = new StringBuilder();
        if (result.Article.Title.Length > 0)
        {
            text.Append("# ").Append(EscapeMarkdown(result.Article.Title)).Append("\n\n");
        }

        if (result.Article.Byline is { Length: > 0 } byline)
        {
            text.Append('*').Append(EscapeMarkdown(byline)).Append("*\n\n");
        }

        if (SummaryHeadings.UnverifiedWarning(result.Summary) is { } warning)
        {
            text.Append("> ⚠ **").Append(EscapeMarkdown(warning)).Append("**\n\n");
        }

        text.Append("## ").Append(SummaryHeadings.Summary).Append("\n\n")
            .Append(EscapeMarkdown(result.Summary.Summary)).Append("\n\n");
        if (result.Summary.KeyPoints.Count > 0)
        {
            text.Append("## ").Append(SummaryHeadings.KeyPoints).Append("\n\n");
        }

        foreach (var point in result.Summary.KeyPoints)
        {
            text.Append("- ").Append(EscapeMarkdown(point)).Append('\n');
        }

        if (result.Article.Url is { IsFile: false } url)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"<{url.AbsoluteUri}>").Append('\n');
        }

        if (sources is { Count: > 0 })
        {
            text.Append('\n').Append("sources: ").Append(EscapeMarkdown(string.Join(", ", sources))).Append('\n');
        }

        return text.ToString();
    }

    public static string JsonLine(SummarizedArticle result, IReadOnlyList<string>? sources = null) =>
        JsonSerializer.Serialize(JsonDocuments.ForSummary(result, sources), JsonDocuments.Compact);

    /// <summary>Backslash-escapes the characters that would turn article text into Markdown or HTML markup.</summary>
    private static string EscapeMarkdown(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
