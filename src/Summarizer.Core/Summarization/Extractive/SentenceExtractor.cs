using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>Turns an article's paragraphs into scored-ready sentences, bounded in size so that any input finishes fast.</summary>
internal sealed partial class SentenceExtractor(ArabicTextAnalyzer analyzer)
{
    /// <summary>At most this many characters of the body are read (about 30,000 words); leads are at the top.</summary>
    public const int MaxCharacters = 200_000;

    /// <summary>At most this many sentences are ranked (centrality is quadratic in the number of sentences).</summary>
    public const int MaxSentences = 300;

    /// <summary>A subheading or caption is short; a longer paragraph without final punctuation is a sentence.</summary>
    public const int MaxHeadingWords = 16;

    /// <summary>Sentences shorter than this (in words) are headings, captions or fragments.</summary>
    public const int MinSentenceWords = 4;

    public IReadOnlyList<ArticleSentence> Extract(IReadOnlyList<string> paragraphs, CancellationToken cancellationToken)
    {
        var sentences = new List<ArticleSentence>();
        var characters = 0;
        var lastParagraph = -1;
        for (var p = 0; p < paragraphs.Count && sentences.Count < MaxSentences && characters < MaxCharacters; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var paragraph = paragraphs[p] ?? string.Empty;
            if (paragraph.Length > MaxCharacters - characters)
            {
                paragraph = paragraph[..(MaxCharacters - characters)];
            }

            characters += paragraph.Length;
            // "قد يهمك.. X: ..." links another article; a short paragraph holding a standing note is the page's, not the story's.
            if (IsFootnote(paragraph) || (CountWords(paragraph) <= MaxEditorNoteWords && IsEditorNote(paragraph)))
            {
                continue;
            }

            if (lastParagraph == p - 1 && ListItemOf(sentences, paragraph) is { } item)
            {
                // "أدناه المنتخبات المشاركة:" then "المنتخب المصري"، "المنتخب التونسي" ...: the items belong to their colon.
                sentences[^1] = sentences[^1] with { ListItems = [.. sentences[^1].ListItems, item] };
                lastParagraph = p;
                continue;
            }

            var split = SentenceSplitter.Segment(paragraph.Contains('#', StringComparison.Ordinal)
                ? Hashtag().Replace(paragraph, m => m.Groups[1].Value.Replace('_', ' '))
                : paragraph);
            for (var k = 0; k < split.Count; k++)
            {
                // A dateline ("دبي، الإمارات (CNN) --") opens a paragraph; it is metadata, not the story.
                var text = k == 0 ? Dateline.Strip(split[k].Text, articleStart: sentences.Count == 0) : split[k].Text;
                var words = WordTokenizer.Words(text);
                if (words.Count < MinSentenceWords || !LooksLikeProse(text, words) || (words.Count <= MaxEditorNoteWords && IsEditorNote(text)))
                {
                    continue;
                }

                // A long paragraph that only lacks its full stop is a sentence, not a subheading.
                // So is a short one that opens with the conjunction و ("وردت روسيا بطرد ..."): headings do not.
                var isHeading = split.Count == 1 && words.Count <= MaxHeadingWords && SentenceEnd.LastMark(text) is not ('.' or '!' or '?' or '؟' or '؛' or '…' or ':')
                    && !ClauseSplitter.IsConjunction(text);
                sentences.Add(new ArticleSentence(text, sentences.Count, analyzer.ContentTerms(text), CountWords(text), isHeading, split[k].IsWhole, split[k].StartsSentence, p));
                lastParagraph = p;
                if (sentences.Count >= MaxSentences)
                {
                    break;
                }
            }
        }

        return sentences;
    }

    /// <summary>The most words of an item of a list under a colon.</summary>
    public const int MaxListItemWords = 6;

    /// <summary>The most items a list gives a key point.</summary>
    private const int MaxListItems = 8;

    /// <summary>
    /// <paramref name="paragraph"/> as an item of the list the last sentence opened with a colon (the caller checks that it
    /// comes right after the colon or another item): short, with no final punctuation; null when it is not one.
    /// </summary>
    private static string? ListItemOf(List<ArticleSentence> sentences, string paragraph)
    {
        if (sentences.Count == 0 || sentences[^1] is not { } head || SentenceEnd.LastMark(head.Text) != ':' || head.ListItems.Count >= MaxListItems)
        {
            return null;
        }

        var item = paragraph.Trim();
        var words = CountWords(item);
        return words is > 0 and <= MaxListItemWords && SentenceEnd.LastMark(item) is not ('.' or '!' or '?' or '؟' or ':' or '؛') ? item : null;
    }

    /// <summary>Whitespace-separated words, as readers (and the ROUGE scorer) count them.</summary>
    public static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static readonly string[] EditorNotes = [.. DataFile.Lines("editor-notes.txt").Select(ArabicTextAnalyzer.Normalize)];

    /// <summary>A short line opened by asterisks ("*نقلا عن ..."، "** جميع المقالات ...") is a note under the article, not its text.</summary>
    private static bool IsFootnote(string paragraph) => paragraph.TrimStart().StartsWith('*') && CountWords(paragraph) <= MaxFootnoteWords;

    private const int MaxFootnoteWords = 12;

    /// <summary>Disclaimers are one short line; longer sentences are not compared with the list.</summary>
    private const int MaxEditorNoteWords = 25;

    /// <summary>A standing disclaimer ("جميع المقالات المنشورة تمثل رأي كتابها فقط") is the page's, not the article's.</summary>
    private static bool IsEditorNote(string sentence)
    {
        var normalized = ArabicTextAnalyzer.Normalize(sentence);
        return EditorNotes.Any(n => normalized.Contains(n, StringComparison.Ordinal));
    }

    /// <summary>A hashtag in running text ("#وزير_المواصلات") is the words it links; the mark and underscores are markup.</summary>
    [GeneratedRegex(@"(?<!\w)#(\w+)")]
    private static partial Regex Hashtag();

    /// <summary>Mostly letters, not a line of links, handles or emoji.</summary>
    private static bool LooksLikeProse(string text, IReadOnlyList<string> words)
    {
        var letterWords = words.Count(w => char.IsLetter(w[0]));
        var links = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Count(t => t.Contains("://", StringComparison.Ordinal) || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || t.StartsWith('@') || t.StartsWith('#'));
        return letterWords >= MinSentenceWords - 1 && links * 3 <= words.Count && letterWords * 2 >= words.Count;
    }
}
