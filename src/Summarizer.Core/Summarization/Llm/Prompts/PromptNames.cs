namespace Summarizer.Summarization.Llm.Prompts;

/// <summary>The prompt files in <c>prompts/</c>, by file name without <c>.yaml</c>.</summary>
internal static class PromptNames
{
    public const string SummarizeArticle = "summarize-article";
    public const string SummarizeChunk = "summarize-chunk";
    public const string CombineSummaries = "combine-summaries";
    public const string RepairAnswer = "repair-answer";

    public static IReadOnlyList<string> All { get; } = [SummarizeArticle, SummarizeChunk, CombineSummaries, RepairAnswer];
}
