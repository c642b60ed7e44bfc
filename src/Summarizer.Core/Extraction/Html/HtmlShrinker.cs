using System.Text;

namespace Summarizer.Extraction.Html;

/// <summary>
/// For pages above the size cap: drops script/style/noscript/svg bodies and comments (usually most of a 10 MB page),
/// then cuts what is still too long. JSON-LD scripts are kept: they carry metadata.
/// </summary>
internal static class HtmlShrinker
{
    private static readonly (string Open, string Close)[] Spans = [("<script", "</script>"), ("<style", "</style>"), ("<!--", "-->"), ("<svg", "</svg>"), ("<noscript", "</noscript>"), ("<template", "</template>"), ("<iframe", "</iframe>")];

    // Browsers cap tree depth too (Chromium at 512); past it, tags are dropped and their text kept.
    private const int MaxTagDepth = 400;

    // Void and optional-end tags never close, so they would only raise the depth. The elements Skip consumes whole
    // (script, style...) are not counted either: their closing tag is never seen by the guard.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "img", "meta", "link", "input", "hr", "wbr", "source", "area", "base", "col", "embed", "param", "track",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "html", "head", "body",
        "script", "style", "svg", "noscript", "template", "iframe",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedLookup = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Shrink(string html, int maxChars)
    {
        var sb = new StringBuilder(Math.Min(html.Length, maxChars));
        var depth = new DepthGuard();
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
            i = depth.TrySkipTag(html, next) ?? Skip(html, next, sb);
        }

        return sb.Length > maxChars ? sb.ToString(0, maxChars) : sb.ToString();
    }

    /// <summary>Counts open container tags; beyond the cap, further tags (and their closers) are skipped.</summary>
    private sealed class DepthGuard
    {
        private int _depth;
        private int _skipped;

        public int? TrySkipTag(string html, int at)
        {
            var closing = at + 1 < html.Length && html[at + 1] == '/';
            var start = at + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && end - start < 12 && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            var tagEnd = html.IndexOf('>', at);
            if (end == start || tagEnd < 0 || UncountedLookup.Contains(html.AsSpan(start, end - start)) || html[tagEnd - 1] == '/')
            {
                return null;
            }

            if (closing)
            {
                if (_skipped > 0)
                {
                    _skipped--;
                    return tagEnd + 1;
                }

                _depth = Math.Max(0, _depth - 1);
                return null;
            }

            if (_depth >= MaxTagDepth)
            {
                _skipped++;
                return tagEnd + 1;
            }

            _depth++;
            return null;
        }
    }

    private static int Skip(string html, int at, StringBuilder sb)
    {
        foreach (var (open, close) in Spans)
        {
            if (string.CompareOrdinal(html, at, open, 0, open.Length) != 0 && !html.AsSpan(at).StartsWith(open, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var stop = CloseEnd(html, at + open.Length, close);
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

    /// <summary>
    /// The index just past the closing tag. Browsers accept whitespace before the '>' ("&lt;/script &gt;",
    /// "&lt;/script\n&gt;"); matching only "&lt;/script&gt;" would run on to the next script's closer and swallow the article between.
    /// </summary>
    private static int CloseEnd(string html, int from, string close)
    {
        if (close[^1] != '>' || close[0] != '<')
        {
            var end = html.IndexOf(close, from, StringComparison.OrdinalIgnoreCase);
            return end < 0 ? html.Length : end + close.Length;
        }

        var name = close.AsSpan(0, close.Length - 1);
        for (var at = from; at < html.Length;)
        {
            var end = html.AsSpan(at).IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                return html.Length;
            }

            var after = at + end + name.Length;
            if (after >= html.Length)
            {
                return html.Length;
            }

            if (html[after] == '>' || char.IsWhiteSpace(html[after]) || html[after] == '/')
            {
                var gt = html.IndexOf('>', after);
                return gt < 0 ? html.Length : gt + 1;
            }

            at = after;
        }

        return html.Length;
    }
}
