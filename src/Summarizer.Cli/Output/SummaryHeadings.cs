namespace Summarizer.Cli.Output;

/// <summary>The headings of the summary box, as Arabic news sites print them.</summary>
internal static class SummaryHeadings
{
    public const string Summary = "ملخص المقال";
    public const string KeyPoints = "النقاط الأساسية";
    public const string Bullet = "•";

    /// <summary>Above a box whose LLM answer failed its checks and was kept (<c>OnValidationFailure=KeepUngrounded</c>).</summary>
    public const string Unverified = "لم يُتحقَّق من هذا الملخص";

    /// <summary>The warning line for an unverified LLM summary, with its reasons; null for every other summary.</summary>
    public static string? UnverifiedWarning(Summarization.ArticleSummary summary) =>
        summary.Summarizer == "llm" && summary.Grounded == false
            ? $"{Unverified}: {string.Join("؛ ", summary.ValidationIssues)}"
            : null;
}
