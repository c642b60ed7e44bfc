namespace Summarizer.Summarization.Extractive;

/// <summary>
/// News pages append the leads of other stories after the article ("read more" blocks that extraction keeps as text):
/// a run of paragraphs at the end, none of which shares a term with the title ("دعت الولايات المتحدة التحالف إلى
/// تحقيق ..." under "قرقاش عن الأزمة السعودية الكندية"). Their sentences are key points only when nothing else fills the
/// box. A run of one or two paragraphs is closing background, not other stories; a short article has no such run.
/// </summary>
internal static class DetachedTail
{
    /// <summary>Paragraphs the article keeps before a tail: a lead and its development.</summary>
    private const int MinBodyParagraphs = 3;

    /// <summary>The fewest paragraphs that make a tail: other stories come in blocks.</summary>
    private const int MinTailParagraphs = 3;

    /// <summary>The first paragraph of the tail, or null when the article ends on its own story.</summary>
    public static int? Start(IReadOnlyList<ArticleSentence> sentences, IReadOnlySet<string> titleTerms)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(titleTerms);
        if (titleTerms.Count == 0)
        {
            return null;
        }

        var paragraphs = sentences.Where(s => s.Paragraph >= 0).GroupBy(s => s.Paragraph).OrderBy(g => g.Key).ToList();
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var start = paragraphs.Count;
        while (start > MinBodyParagraphs && !paragraphs[start - 1].Any(s => s.Terms.Any(t => TermOverlap.Names(titleTerms, t))))
        {
            start--;
        }

        return paragraphs.Count - start >= MinTailParagraphs ? paragraphs[start].Key : null;
    }
}
