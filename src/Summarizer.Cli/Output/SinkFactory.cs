using System.Text.Json;
using Summarizer.Pipeline;

namespace Summarizer.Cli.Output;

internal static class SinkFactory
{
    private const string TextSeparator = "\n――――――――――――――――――――\n\n";

    /// <param name="sourcesOf">The stored sources that found each article, for <c>export</c>; null prints none (<c>summarize</c>).</param>
    public static IResultSink<SummarizedArticle> ForSummaries(
        OutputFormat format, TextWriter stdout, Func<SummarizedArticle, IReadOnlyList<string>?>? sourcesOf = null) => format switch
    {
        OutputFormat.Markdown => new StreamingSink<SummarizedArticle>(stdout, r => SummaryRenderer.Markdown(r, sourcesOf?.Invoke(r)), "\n---\n\n", false),
        OutputFormat.Jsonl => new StreamingSink<SummarizedArticle>(stdout, r => SummaryRenderer.JsonLine(r, sourcesOf?.Invoke(r)) + "\n", "", true),
        OutputFormat.Json => new BufferedSink<SummarizedArticle>(stdout, rs => Json(rs.Select(r => JsonDocuments.ForSummary(r, sourcesOf?.Invoke(r))).ToList())),
        OutputFormat.Html => new BufferedSink<SummarizedArticle>(stdout, rs => HtmlPage.Render(rs, sourcesOf)),
        _ => new StreamingSink<SummarizedArticle>(stdout, SummaryRenderer.Text, TextSeparator, false),
    };

    public static IResultSink<ExtractionResult> ForExtractions(OutputFormat format, TextWriter stdout) => format switch
    {
        OutputFormat.Jsonl => new StreamingSink<ExtractionResult>(stdout, r => ExtractionRenderer.JsonLine(r) + "\n", "", true),
        OutputFormat.Json => new BufferedSink<ExtractionResult>(stdout, rs => Json(rs.Select(JsonDocuments.ForExtraction).ToList())),
        _ => new StreamingSink<ExtractionResult>(stdout, ExtractionRenderer.Text, TextSeparator, false),
    };

    /// <summary>One input prints one object; several print an array, in input order.</summary>
    private static string Json<T>(IReadOnlyList<T> documents) =>
        (documents.Count == 1
            ? JsonSerializer.Serialize(documents[0], JsonDocuments.Indented)
            : JsonSerializer.Serialize(documents, JsonDocuments.Indented)) + "\n";
}
