using System.Text;
using System.Text.Json;
using Summarizer.Pipeline;

namespace Summarizer.Cli.Output;

internal static class ExtractionRenderer
{
    public static string Text(ExtractionResult result)
    {
        var text = new StringBuilder();
        if (result.Article.Title.Length > 0)
        {
            text.Append(result.Article.Title).Append("\n\n");
        }

        return text.Append(string.Join("\n\n", result.Article.Paragraphs)).Append('\n').ToString();
    }

    public static string JsonLine(ExtractionResult result) =>
        JsonSerializer.Serialize(JsonDocuments.ForExtraction(result), JsonDocuments.Compact);
}
