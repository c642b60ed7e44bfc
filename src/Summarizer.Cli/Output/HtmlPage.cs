using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Summarizer.Pipeline;

namespace Summarizer.Cli.Output;

/// <summary>A standalone right-to-left page of summary boxes. Every value from a page is HTML-encoded.</summary>
internal static class HtmlPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="sourcesOf">The stored sources that found each article (<c>export</c>): a line under its URL.</param>
    public static string Render(IReadOnlyList<SummarizedArticle> results, Func<SummarizedArticle, IReadOnlyList<string>?>? sourcesOf = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(Encode(results.Count == 1 ? results[0].Article.Title : SummaryHeadings.Summary)).Append("</title>\n")
            .Append("<style>body{font-family:system-ui,'Noto Naskh Arabic',sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.8}")
            .Append("article{border:1px solid #ddd;border-radius:.5rem;padding:1rem 1.5rem;margin-bottom:2rem}")
            .Append("h2{font-size:1.1rem;margin-bottom:.25rem}.meta{color:#666;font-size:.9rem}</style>\n</head>\n<body>\n");
        foreach (var result in results)
        {
            AppendArticle(html, result, sourcesOf?.Invoke(result));
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void AppendArticle(StringBuilder html, SummarizedArticle result, IReadOnlyList<string>? sources)
    {
        var (_, article, summary, _) = result;
        html.Append("<article lang=\"").Append(Encode(article.Language)).Append("\" dir=\"").Append(Encode(article.Direction)).Append("\">\n")
            .Append("<h1>").Append(Encode(article.Title)).Append("</h1>\n");
        if (article.Byline is { Length: > 0 } byline)
        {
            html.Append("<p class=\"meta\">").Append(Encode(byline)).Append("</p>\n");
        }

        if (SummaryHeadings.UnverifiedWarning(summary) is { } warning)
        {
            // Styled inline so that pages without the warning stay byte for byte what they were.
            html.Append("<p class=\"unverified\" role=\"alert\" style=\"background:#fff3cd;border:1px solid #d39e00;padding:.5rem .75rem;font-weight:bold\">⚠ ").Append(Encode(warning)).Append("</p>\n");
        }

        html.Append("<section>\n<h2>").Append(SummaryHeadings.Summary).Append("</h2>\n<p>")
            .Append(Encode(summary.Summary)).Append("</p>\n");

        // A short article may give no key point: then no empty heading either.
        if (summary.KeyPoints.Count > 0)
        {
            html.Append("<h2>").Append(SummaryHeadings.KeyPoints).Append("</h2>\n<ul>\n");
            foreach (var point in summary.KeyPoints)
            {
                html.Append("<li>").Append(Encode(point)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
        if (article.Url is { IsFile: false } url)
        {
            html.Append("<p class=\"meta\" dir=\"ltr\">").Append(Encode(url.AbsoluteUri)).Append("</p>\n");
        }

        if (sources is { Count: > 0 })
        {
            html.Append("<p class=\"meta sources\" dir=\"ltr\">sources: ").Append(Encode(string.Join(", ", sources))).Append("</p>\n");
        }

        html.Append("</article>\n");
    }

    private static string Encode(string value) => Encoder.Encode(value);
}
