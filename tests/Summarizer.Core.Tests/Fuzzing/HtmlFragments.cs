namespace Summarizer.Core.Tests.Fuzzing;

/// <summary>Markup that breaks parsers and extractors: unclosed constructs, bogus charsets and entities, odd dates.</summary>
internal static class HtmlFragments
{
    public static readonly string[] All =
    [
        "<", ">", "</", "<div>", "</div>", "<p>", "</p>", "<article>", "<table><tr><td>", "<li>", "<a href='javascript:x'>", "<h1>",
        "<!--", "-->", "<script>", "</script>", "<style>", "<svg>", "<math>", "<template>", "<iframe>", "<noscript>", "<![CDATA[", "]]>",
        "&#x110000;", "&#0;", "&#xD800;", "&amp", "&", "\0", "\uFEFF", "\uFFFD", "\u202E", "\r\n", "\"", "'",
        "<meta charset=\"utf-7\">", "<meta charset=\"x-bogus\">", "<meta charset=\"utf-16\">", "<meta charset=\"utf-32BE\">", "<meta charset=\"replacement\">",
        "<html lang=\"zz-\uFFFF\" dir=\"sideways\">", "<html lang=\"ar-SA-u-ca-islamic\">", "<base href=\"javascript:alert(1)\">",
        "<link rel=canonical href=\"http://[::1\">", "<link rel=\"canonical\" href=\"\u0000//x\">", "<meta property=\"og:image\" content=\"//:::\">",
        "<time datetime=\"२०२०-१२-१२\">", "<time datetime=\"9999-99-99T99:99\">", "<span class=date>١٢ يناير ٢٠٢٤ - 10:30 م</span>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":", "<script type=\"application/ld+json\">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "\"author\":{\"name\":[{\"name\":", "\"articleBody\":\"", "{", "}", "[", "]",
        "<div class=\"article-body\">", "<div class=\"share comments related\">", "<p>أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم الاقتصاد.</p>",
        "<div><span><b><i><u><em>", "</span></div></table></body></html>", "<html><head><title>", "<body>", "<frameset>", "<select><option>",
    ];
}
