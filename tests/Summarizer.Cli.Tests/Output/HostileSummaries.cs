using Summarizer.Extraction;
using Summarizer.Pipeline;
using Summarizer.Summarization;

namespace Summarizer.Cli.Tests.Output;

/// <summary>A summary whose every page-controlled field tries to run script in the HTML output.</summary>
internal static class HostileSummaries
{
    public const string ScriptTitle = "عنوان <script>document.title='PWNED'</script>";
    public const string ImgSummary = "ملخص <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> الخبر.";
    public const string SvgPoint = "نقطة <svg onload=\"document.body.setAttribute('data-pwned','2')\"></svg>";
    public const string BreakoutPoint = "</li></ul><script>document.body.setAttribute('data-pwned','3')</script>";
    public const string AttributeByline = "\" onmouseover=\"document.body.setAttribute('data-pwned','4')";

    public static SummarizedArticle Article() => new(
        new ArticleInput("hostile", "hostile.html", new Uri("https://news.example/a?x=\"><script>document.body.setAttribute('data-pwned','5')</script>"), null),
        new ExtractedArticle
        {
            Title = ScriptTitle,
            Byline = AttributeByline,
            Paragraphs = ["نص."],
            Language = "ar\" onclick=\"x",
            Direction = "rtl",
            Url = new Uri("https://news.example/a?x=\"><script>document.body.setAttribute('data-pwned','5')</script>"),
        },
        new ArticleSummary
        {
            Summary = ImgSummary,
            KeyPoints = [SvgPoint, BreakoutPoint, "<iframe src=\"javascript:document.body.setAttribute('data-pwned','6')\"></iframe>"],
            Summarizer = "llm",
            PromptVersion = "test",
        },
        new StageTimings(0, 0, 0));
}
