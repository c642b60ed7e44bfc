namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Shortens a sentence that quotes several sentences ("قال الوزير: "S1. S2. S3."") to its first quoted sentence,
/// closed with the quote mark: "قال الوزير: "S1."" (an ellipsis that ends S1 made a full stop). The quoted words stay
/// as spoken and the quotation still ends where the speaker ended a sentence, so the key point is a whole sentence.
/// </summary>
internal static class QuoteTrimmer
{
    private const int MinQuotedWords = 5;

    public static string? FirstQuotedSentence(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // A short quotation closed inside the sentence ("سؤال حول ... لـ"مناقشة ..."، قالت: "...") is passed over.
        for (var open = sentence.IndexOfAny(QuoteMarks.Opening); open >= 0;)
        {
            var (result, closedAt) = FirstQuotedSentence(sentence, open);
            if (result is not null || closedAt < 0 || closedAt + 1 >= sentence.Length)
            {
                return result;
            }

            open = sentence.IndexOfAny(QuoteMarks.Opening, closedAt + 1);
        }

        return null;
    }

    /// <summary>The cut at the first sentence end inside the quotation opened at <paramref name="open"/>, or where it closes.</summary>
    private static (string? Cut, int ClosedAt) FirstQuotedSentence(string sentence, int open)
    {
        var close = QuoteMarks.Closing(sentence[open]);
        var depth = 0;
        for (var i = open + 1; i < sentence.Length - 1; i++)
        {
            var c = sentence[i];
            if (c == close)
            {
                return (null, i);
            }

            depth += c is '(' ? 1 : c is ')' ? -1 : 0;
            if (depth != 0 || c is not ('.' or '!' or '؟' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < sentence.Length && sentence[end] == '.')
            {
                end++;
            }

            if (end >= sentence.Length || sentence[end] != ' ' || (c == '.' && end - i == 1 && i > 0 && char.IsDigit(sentence[i - 1]) && end + 1 < sentence.Length && char.IsDigit(sentence[end + 1])))
            {
                continue;
            }

            var quoted = sentence[(open + 1)..i];
            if (SentenceExtractor.CountWords(quoted) < MinQuotedWords || SentenceCompressor.EndsDangling(quoted))
            {
                return (null, -1);
            }

            // A tweet's ellipsis ("... النووي... مؤشر آخر") ends its sentence, and the point ends as a sentence does; one
            // that the next words go on from ("... بالتشهير.. وهتك العرض"، "عندما تسمع ... سنة... 400 سنة؟") stays as written.
            var endsSentence = end - i > 1 && !SpeechQuotes.GoesOnAfterEllipsis(sentence[(end + 1)..]) && !ClauseTrimmer.OpensDependentClause(quoted.TrimStart());
            return ((endsSentence ? sentence[..i] + "." : sentence[..end]) + close, -1);
        }

        return (null, -1);
    }
}
