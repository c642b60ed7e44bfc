namespace Summarizer.Cli.Output;

/// <summary>The headings of the summary box, as Arabic news sites print them.</summary>
internal static class SummaryHeadings
{
    public const string Summary = "ملخص المقال";
    public const string KeyPoints = "النقاط الأساسية";
    public const string Bullet = "•";
}
