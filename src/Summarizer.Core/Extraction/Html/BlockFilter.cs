namespace Summarizer.Extraction.Html;

/// <summary>Per-block decisions inside the chosen container: link lists, placeholders, repeated title/byline/date.</summary>
internal sealed class BlockFilter(string? title, IReadOnlyList<string> authors)
{
    private const double MaxLinkDensity = 0.5;
    private const double MaxSentenceLinkDensity = 0.7;
    private const int MinLinkedSentenceLetters = 100;

    // A related/read-more label past this share of the text opens the tail: the article has ended.
    private const double TailStart = 0.5;
    private const int MinTailSentenceLetters = 40;
    private const int MinTailProseLetters = 250;
    private const double MaxTailProseLinkDensity = 0.2;

    public List<TextBlock> Apply(List<TextBlock> blocks)
    {
        var total = 0;
        foreach (var block in blocks)
        {
            total += block.Letters;
        }

        var kept = new List<TextBlock>(blocks.Count);
        var seen = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var before = seen;
            seen += block.Letters;
            if (!Keep(block))
            {
                continue;
            }

            switch (BoilerplateLexicon.Match(block.Text, block.Letters))
            {
                case LexiconKind.Related when before >= total * TailStart && !ProseFollows(blocks, b + 1):
                    return kept;
                case LexiconKind.None:
                    kept.Add(block);
                    break;
            }
        }

        return kept;
    }

    // "Don't miss" / "Leggi anche" boxes also sit inside the article: a label ends it only when no prose paragraph follows.
    private static bool ProseFollows(List<TextBlock> blocks, int from)
    {
        var prose = 0;
        for (var i = from; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Letters >= MinTailSentenceLetters && block.LinkDensity < MaxTailProseLinkDensity && block.Tag is "p" or "div" or "blockquote" && TextCounts.EndsSentence(block.Text))
            {
                prose += block.Letters;
            }
        }

        return prose >= MinTailProseLetters;
    }

    private bool Keep(TextBlock block)
    {
        if (block.Letters == 0 || BoilerplateText.IsPlaceholder(block.Text) || BoilerplateText.IsPromptOrCredit(block) || BoilerplateText.IsDisclaimer(block))
        {
            return false;
        }

        if (block.LinkDensity > MaxLinkDensity && block.Letters < 400 && !IsLinkedSentence(block))
        {
            return false;
        }

        if (block.Tag == "h1" || (title is { Length: > 0 } && block.Letters < 400 && Same(block.Text, title)))
        {
            return false;
        }

        return !IsRepeatedByline(block) && !IsBareDate(block);
    }

    // trafilatura only tests link density on short paragraphs: a long sentence whose clauses are links
    // ("Today's deals include [laptops from $700] and [headphones]...") is prose; menus never end in a full stop.
    private static bool IsLinkedSentence(TextBlock block) =>
        block.Letters >= MinLinkedSentenceLetters && block.LinkDensity < MaxSentenceLinkDensity && block.Tag is "p" or "li" or "div" or "dd" && TextCounts.EndsSentence(block.Text);

    private bool IsRepeatedByline(TextBlock block)
    {
        if (block.Letters > 80 || TextCounts.EndsSentence(block.Text))
        {
            return false;
        }

        var t = block.Text;
        if (t.StartsWith("By ", StringComparison.Ordinal) || t.StartsWith("بقلم", StringComparison.Ordinal) || t.StartsWith("كتب ", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var author in authors)
        {
            if (author.Length > 2 && t.Contains(author, StringComparison.OrdinalIgnoreCase) && block.Letters < TextCounts.Letters(author) + 30)
            {
                return true;
            }
        }

        return false;
    }

    // A quote's attribution line ("— Name (@handle) May 2, 2019") ends with a date but belongs to the quote.
    private static bool IsBareDate(TextBlock block) =>
        block.Tag != "blockquote" && block.Letters <= 45 && !TextCounts.EndsSentence(block.Text) && Metadata.DateText.TryParse(block.Text, out _);

    private static bool Same(string a, string b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string s) => new(s.Where(char.IsLetterOrDigit).ToArray());
}
