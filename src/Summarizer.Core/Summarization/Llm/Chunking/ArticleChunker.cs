using Summarizer.Text;

namespace Summarizer.Summarization.Llm.Chunking;

/// <summary>
/// Splits an article body that is over the token budget into parts of about equal size, at paragraph boundaries
/// first, then at sentence boundaries (Arabic punctuation included), then, for a sentence longer than the budget
/// alone, between words. Every word of the article is in exactly one part: nothing is dropped.
/// </summary>
internal sealed class ArticleChunker(TokenCounter tokens)
{
    public IReadOnlyList<string> Split(IReadOnlyList<string> paragraphs, int budgetTokens)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentOutOfRangeException.ThrowIfLessThan(budgetTokens, 16);
        var pieces = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).SelectMany(p => Pieces(p, budgetTokens)).ToList();
        var total = pieces.Sum(p => p.Tokens);
        var parts = Math.Max(1, (int)Math.Ceiling((double)total / budgetTokens));
        var target = (int)Math.Ceiling((double)total / parts);

        var chunks = new List<string>();
        var current = new System.Text.StringBuilder();
        var currentTokens = 0;
        foreach (var piece in pieces)
        {
            if (currentTokens > 0 && (currentTokens + piece.Tokens > budgetTokens || currentTokens >= target))
            {
                chunks.Add(current.ToString());
                current.Clear();
                currentTokens = 0;
            }

            if (currentTokens > 0)
            {
                current.Append(piece.StartsParagraph ? '\n' : ' ');
            }

            current.Append(piece.Text);
            currentTokens += piece.Tokens + 1;
        }

        if (currentTokens > 0)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }

    private IEnumerable<Piece> Pieces(string paragraph, int budget)
    {
        var count = tokens.Count(paragraph);
        if (count <= budget)
        {
            yield return new Piece(paragraph.Trim(), count, StartsParagraph: true);
            yield break;
        }

        var first = true;
        foreach (var sentence in SentenceSplitter.Split(paragraph))
        {
            foreach (var part in SplitSentence(sentence, budget))
            {
                yield return part with { StartsParagraph = first };
                first = false;
            }
        }
    }

    private IEnumerable<Piece> SplitSentence(string sentence, int budget)
    {
        var count = tokens.Count(sentence);
        if (count <= budget)
        {
            yield return new Piece(sentence, count, false);
            yield break;
        }

        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var from = 0;
        while (from < words.Length)
        {
            var to = from + 1;
            while (to < words.Length && tokens.Count(string.Join(' ', words, from, to - from + 1)) <= budget)
            {
                to++;
            }

            var text = string.Join(' ', words, from, to - from);
            yield return new Piece(text, tokens.Count(text), false);
            from = to;
        }
    }

    private sealed record Piece(string Text, int Tokens, bool StartsParagraph);
}
