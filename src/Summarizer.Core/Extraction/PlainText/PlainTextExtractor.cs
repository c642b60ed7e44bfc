using Microsoft.Extensions.Options;
using Summarizer.Fetching;

namespace Summarizer.Extraction.PlainText;

/// <summary>
/// Reads a plain-text article body: one paragraph per non-empty line. A short first line without
/// sentence-final punctuation, followed by more text, is taken as the title.
/// </summary>
internal sealed class PlainTextExtractor(IOptions<ExtractionOptions> options)
{
    private const int MaxTitleLength = 160;

    public ExtractedArticle Extract(FetchedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = Capped(page.Content.Span, page.Charset, options.Value.MaxHtmlChars);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var title = "";
        if (lines.Count > 1 && lines[0].Length <= MaxTitleLength && !EndsSentence(lines[0]))
        {
            title = lines[0];
            lines.RemoveAt(0);
        }

        if (lines.Sum(l => l.Count(char.IsLetter)) < options.Value.MinArticleLetters)
        {
            throw new SummarizerException(FailureKind.NotAnArticle, "the text is too short to be an article");
        }

        var language = LanguageGuess.FromText(text);
        return new ExtractedArticle
        {
            Title = title,
            Paragraphs = lines,
            Language = language,
            Direction = LanguageGuess.DirectionOf(language),
            Url = page.Url,
        };
    }

    /// <summary>
    /// Plain text is held to the same size as HTML (<see cref="ExtractionOptions.MaxHtmlChars"/>): what lies past it is
    /// not read, cut at the last line break before the limit. Only the bytes that can hold that many characters are decoded.
    /// </summary>
    private static string Capped(ReadOnlySpan<byte> content, string? charset, int maxChars)
    {
        var maxBytes = (long)maxChars * 4; // no encoding spends more than 4 bytes on a character
        var text = TextDecoding.Decode(content.Length > maxBytes ? content[..(int)maxBytes] : content, charset);
        if (text.Length <= maxChars)
        {
            return text;
        }

        var lastBreak = text.LastIndexOf('\n', maxChars - 1);
        return text[..(lastBreak > 0 ? lastBreak : maxChars)];
    }

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '؟' or '…' or ':' or '،' or '؛';
}
