using System.Text;

namespace Summarizer.Extraction.Html;

/// <summary>
/// For pages above the size cap: drops script/style/noscript/svg bodies and comments (usually most of a 10 MB page),
/// then cuts what is still too long. JSON-LD scripts are kept: they carry metadata.
/// </summary>
internal static class HtmlShrinker
{
    private static readonly (string Open, string Close)[] Spans = [("<script", "</script>"), ("<style", "</style>"), ("<!--", "-->"), ("<svg", "</svg>"), ("<noscript", "</noscript>"), ("<template", "</template>"), ("<iframe", "</iframe>")];

    public static string Shrink(string html, int maxChars)
    {
        var sb = new StringBuilder(Math.Min(html.Length, maxChars));
        var i = 0;
        while (i < html.Length && sb.Length < maxChars)
        {
            var next = html.IndexOf('<', i);
            if (next < 0)
            {
                sb.Append(html, i, html.Length - i);
                break;
            }

            sb.Append(html, i, next - i);
            i = Skip(html, next, sb);
        }

        return sb.Length > maxChars ? sb.ToString(0, maxChars) : sb.ToString();
    }

    private static int Skip(string html, int at, StringBuilder sb)
    {
        foreach (var (open, close) in Spans)
        {
            if (string.CompareOrdinal(html, at, open, 0, open.Length) != 0 && !html.AsSpan(at).StartsWith(open, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var end = html.IndexOf(close, at + open.Length, StringComparison.OrdinalIgnoreCase);
            var stop = end < 0 ? html.Length : end + close.Length;
            var tagEnd = html.IndexOf('>', at);
            if (open == "<script" && tagEnd > 0 && tagEnd < stop && html.AsSpan(at, tagEnd - at).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                sb.Append(html, at, stop - at);
            }

            return stop;
        }

        sb.Append('<');
        return at + 1;
    }
}
