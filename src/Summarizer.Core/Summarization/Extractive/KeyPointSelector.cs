using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Chooses 3–5 short, distinct facts by Maximal Marginal Relevance (Carbonell and Goldstein, 1998):
/// each pick maximizes λ·relevance − (1−λ)·(largest overlap with what is already chosen, the summary included).
/// A candidate sharing more than half of its terms with the summary or a chosen point is never taken.
/// The points come back in article order.
/// </summary>
internal sealed class KeyPointSelector(ArabicTextAnalyzer analyzer)
{
    private const double Lambda = 0.7;

    /// <summary>Overlap coefficient above which two points say the same thing.</summary>
    public const double MaxOverlap = 0.5;

    /// <summary>The overlap accepted when the strict one leaves fewer than the minimum of key points.</summary>
    public const double RelaxedOverlap = 0.7;

    /// <summary>The last resort: at most this share of the shorter point's words may appear in another point or the summary.</summary>
    public const double MaxWordOverlap = 0.65;

    /// <summary>Once the minimum is reached, stop when the best remaining relevance falls below this share of the first pick's.</summary>
    private const double MinRelativeRelevance = 0.35;

    public IReadOnlyList<string> Select(
        IReadOnlyList<ArticleSentence> sentences,
        IReadOnlyList<double> relevance,
        IReadOnlyCollection<int> usedInSummary,
        string summary,
        ExtractiveSummarizerOptions options,
        string? title = null)
    {
        // Subheadings repeat the body; use them only when the text is nothing but headings.
        var allHeadings = sentences.All(s => s.IsHeading);
        var standalone = KeyPointWriter.Prepare(sentences);
        var candidates = new List<KeyPointCandidate>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (standalone[i] is null || usedInSummary.Contains(sentences[i].Index) || sentences[i].IsQuestion || (sentences[i].IsHeading && !allHeadings))
            {
                continue;
            }

            var sentence = standalone[i]!;
            if (sentence.Continues)
            {
                // The speaker's words run on from an earlier sentence: with that sentence's "قال X:".
                AddSpeech(sentences[i], SpeechQuotes.Point(sentence.Speech!, sentences[i].Text), relevance[i], 0, options, candidates);
                continue;
            }

            var leaning = sentence.Speech is { } opened && SpeechQuotes.OpensLeaning(opened, sentence.Text);
            var text = sentence.QuotesOnly || leaning ? null : KeyPointWriter.Shorten(sentence, options.PreferredKeyPointWords, options.MaxKeyPointWords);
            if (text is not null)
            {
                candidates.Add(Candidate(sentences[i], text, relevance[i], options));
            }
        }

        var few = candidates.Count < ClauseCandidatesBelow * options.MaxKeyPoints;
        if (few)
        {
            // Speech-only stories have few other whole sentences: each sentence of a quotation, with its speaker.
            for (var i = 0; i < sentences.Count; i++)
            {
                if (standalone[i] is { Speech: { } speech, Continues: false } sentence && !usedInSummary.Contains(sentences[i].Index))
                {
                    foreach (var (offset, quoted) in SpeechQuotes.Body(sentence.Text, speech.BodyStart, speech.Open).Sentences)
                    {
                        AddSpeech(sentences[i], SpeechQuotes.Point(speech, quoted), relevance[i], offset + 1, options, candidates);
                    }
                }
            }

            // A list under a colon ("أدناه المنتخبات المشاركة:" then one item a paragraph) is one point: the colon's
            // sentence with its items, as the page shows them.
            for (var i = 0; i < sentences.Count; i++)
            {
                if (sentences[i].ListItems.Count >= MinListItems && !usedInSummary.Contains(sentences[i].Index) && KeyPointWriter.ListPoint(sentences[i]) is { } list
                    && ReaderWords.Count(list) <= options.MaxKeyPointWords)
                {
                    candidates.Add(Candidate(sentences[i], list, relevance[i] * ClauseFactor, options));
                }
            }

            // Few sentences stand alone (long-sentence columns, quote-heavy stories): look inside the long ones.
            // With enough whole sentences the clauses are rarely chosen, and finding them is the costly part.
            AddClauses(sentences, relevance, usedInSummary, options, candidates);
        }

        var summaryContent = Terms(summary);
        if (Standfirst.SummaryIsStandfirst(sentences, usedInSummary))
        {
            // The news lead after a standfirst states the standfirst's fact again, in more words.
            for (var c = 0; c < candidates.Count; c++)
            {
                if (candidates[c].Sentence.Index == Standfirst.LeadIndex && Standfirst.Restates(summaryContent, candidates[c].ContentTerms)
                    && !Standfirst.GiveOtherFigures(summary, candidates[c].Text))
                {
                    candidates[c] = candidates[c] with { RestatesStandfirst = true };
                }
            }
        }

        var chosen = new List<KeyPointCandidate>();
        var summaryAll = AllTerms(summary);
        var summaryClaim = new Restatement(summary);
        var summaryWords = SurfaceWords(summary);
        var top = candidates.Count == 0 ? 0 : candidates.Max(c => c.Relevance);

        // Other stories' leads appended to the page are points only when the article's own sentences cannot fill the box.
        var tail = DetachedTail.Start(sentences, Terms(title ?? string.Empty));
        List<KeyPointCandidate> Own(List<KeyPointCandidate> all) => tail is { } first ? all.Where(c => c.Sentence.Paragraph < first).ToList() : all;
        var own = Own(candidates);
        Pick(own, chosen, summaryContent, summaryAll, top, MaxOverlap, options, usedInSummary, summaryClaim);
        if (chosen.Count < options.MinKeyPoints)
        {
            // Too few distinct facts at the strict overlap: a long-sentence article repeats its actors' names in
            // every sentence. Accept points that share more terms, still well short of saying the same thing.
            Pick(own, chosen, summaryContent, summaryAll, top, RelaxedOverlap, options, usedInSummary, summaryClaim);
        }

        if (chosen.Count < options.MinKeyPoints)
        {
            // Stems make sentences about the same actors look alike ("أضاف المفتش العام ..." after "قال المفتش العام ...").
            // The last resort compares the words a reader sees instead.
            PickByWords(own, chosen, summaryWords, summaryAll, options, usedInSummary, summaryClaim);
        }

        if (chosen.Count < options.MinKeyPoints)
        {
            // Still short of the points the box promises: sentences cut before an elaboration ("، لاسيما ..."). Twice, for
            // a point that leans on one the first round placed ("أضافت الشركة أن ذلك ..."). Then the appended stories.
            var second = SecondChoices(sentences, standalone, relevance, usedInSummary, options, candidates);
            var ownSecond = Own(second);
            for (var round = 0; round < 2 && chosen.Count < options.MinKeyPoints; round++)
            {
                PickByWords(ownSecond, chosen, summaryWords, summaryAll, options, usedInSummary, summaryClaim);
            }

            if (tail is not null && chosen.Count < options.MinKeyPoints)
            {
                PickByWords([.. candidates, .. second], chosen, summaryWords, summaryAll, options, usedInSummary, summaryClaim);
            }
        }

        return chosen.OrderBy(c => c.Sentence.Index).ThenBy(c => c.Offset).Select(c => ExtractiveSummarizer.Finish(c.Text)).ToList();
    }

    /// <summary>The stand-alone sentences cut before an elaboration, ranked like clauses; none that is already a candidate.</summary>
    private List<KeyPointCandidate> SecondChoices(
        IReadOnlyList<ArticleSentence> sentences, KeyPointWriter.Standalone?[] standalone, IReadOnlyList<double> relevance,
        IReadOnlyCollection<int> usedInSummary, ExtractiveSummarizerOptions options, List<KeyPointCandidate> candidates)
    {
        var second = new List<KeyPointCandidate>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (standalone[i] is not { QuotesOnly: false, Continues: false } sentence || usedInSummary.Contains(sentences[i].Index) || sentences[i].IsQuestion
                || sentences[i].IsHeading || (sentence.Speech is { } opened && SpeechQuotes.OpensLeaning(opened, sentence.Text)))
            {
                continue;
            }

            if (KeyPointWriter.ShortenAtElaboration(sentence, options.PreferredKeyPointWords, options.MaxKeyPointWords) is { } text && !candidates.Any(c => c.Text == text))
            {
                second.Add(Candidate(sentences[i], text, relevance[i] * ClauseFactor, options));
            }
        }

        return second;
    }

    /// <summary>Clauses are looked for when there are fewer whole-sentence candidates than this many times the points wanted.</summary>
    private const int ClauseCandidatesBelow = 2;

    /// <summary>The fewest items that make a list a point.</summary>
    private const int MinListItems = 2;

    /// <summary>Relevance kept by a clause taken from inside a long sentence: a whole sentence that fits reads better.</summary>
    private const double ClauseFactor = 0.9;

    /// <summary>
    /// The whole clauses inside sentences too long to be a key point (a run-on cut by the splitter is read as the one
    /// sentence it was), each tied to the piece it starts in.
    /// </summary>
    private void AddClauses(
        IReadOnlyList<ArticleSentence> sentences, IReadOnlyList<double> relevance, IReadOnlyCollection<int> usedInSummary,
        ExtractiveSummarizerOptions options, List<KeyPointCandidate> candidates)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!sentences[i].StartsSentence || sentences[i].IsHeading || sentences[i].IsQuestion)
            {
                continue;
            }

            var last = i;
            while (last + 1 < sentences.Count && !sentences[last + 1].StartsSentence)
            {
                last++;
            }

            var pieces = sentences.Skip(i).Take(last - i + 1).ToList();
            var text = string.Join(' ', pieces.Select(p => p.Text));
            if (ReaderWords.Count(text) <= options.PreferredKeyPointWords)
            {
                continue;
            }

            foreach (var clause in ClauseSplitter.Clauses(text, options.PreferredKeyPointWords, options.MaxKeyPointWords))
            {
                var (piece, offset) = PieceAt(pieces, clause.Start);
                if (usedInSummary.Contains(piece.Index) || candidates.Any(c => c.Text == clause.Text))
                {
                    continue;
                }

                var point = SentenceCompressor.Compress(clause.Text, dropAttribution: true, dropAsides: false);
                candidates.Add(Candidate(piece, point, relevance[piece.Index] * ClauseFactor, options, offset + 1));
            }
        }
    }

    private KeyPointCandidate Candidate(ArticleSentence sentence, string text, double relevance, ExtractiveSummarizerOptions options, int offset = 0)
    {
        var words = ReaderWords.Count(text);
        var fit = words <= options.PreferredKeyPointWords ? 1.0 : Math.Sqrt((double)options.PreferredKeyPointWords / words);
        var leans = Demonstratives.LeanBack(text, out var noun);
        return new KeyPointCandidate(sentence, text, relevance * fit, Terms(text), AllTerms(text), SurfaceWords(text), offset, leans, new Restatement(text))
        {
            LeansOn = noun is null ? null : ArabicTextAnalyzer.Stem(noun),
        };
    }

    /// <summary>A quoted sentence with its speaker, ranked like a clause: a whole sentence of the article reads better.</summary>
    private void AddSpeech(ArticleSentence sentence, string? point, double relevance, int offset, ExtractiveSummarizerOptions options, List<KeyPointCandidate> candidates)
    {
        if (point is not null && ReaderWords.Count(point) <= options.MaxKeyPointWords && !candidates.Any(c => c.Text == point))
        {
            candidates.Add(Candidate(sentence, point, relevance * ClauseFactor, options, offset));
        }
    }

    private static (ArticleSentence Piece, int Offset) PieceAt(List<ArticleSentence> pieces, int start)
    {
        var from = 0;
        foreach (var piece in pieces)
        {
            if (start < from + piece.Text.Length + 1)
            {
                return (piece, start - from);
            }

            from += piece.Text.Length + 1;
        }

        return (pieces[^1], start - from);
    }

    /// <summary>
    /// A point that leans on the sentence before it ("أكد أن ذلك ...") is taken only when that sentence is in the box
    /// before it (the summary, or a point earlier in article order); a later clause of a sentence leans on its first.
    /// </summary>
    private static bool Placed(KeyPointCandidate candidate, List<KeyPointCandidate> chosen, IReadOnlyCollection<int> usedInSummary, IReadOnlySet<string> summaryAll)
    {
        if (!candidate.LeansBack)
        {
            return true;
        }

        var before = candidate.Sentence.Index - 1;
        var afterItsSentence = candidate.Offset == 0 && (usedInSummary.Contains(before) || chosen.Any(c => c.Sentence.Index == before));
        if (candidate.LeansOn is { } noun)
        {
            // "في تعليقاته لتلك الزيارة": right after the sentence it follows, or the visit told in the summary or a point before it.
            return afterItsSentence || TermOverlap.Names(summaryAll, noun) || chosen.Any(c => c.Sentence.Index < candidate.Sentence.Index && TermOverlap.Names(c.AllTerms, noun));
        }

        return afterItsSentence;
    }

    /// <summary>A point that states again, in the article's words, what the summary or a chosen point states.</summary>
    private static bool Restates(KeyPointCandidate candidate, List<KeyPointCandidate> chosen, Restatement summaryClaim) =>
        candidate.Claim is { } claim && (claim.Repeats(summaryClaim) || chosen.Any(c => c.Claim is { } other && claim.Repeats(other)));

    private static void Pick(
        List<KeyPointCandidate> candidates, List<KeyPointCandidate> chosen, IReadOnlySet<string> summaryContent, IReadOnlySet<string> summaryAll,
        double top, double maxOverlap, ExtractiveSummarizerOptions options, IReadOnlyCollection<int> usedInSummary, Restatement summaryClaim)
    {
        while (chosen.Count < options.MaxKeyPoints)
        {
            KeyPointCandidate? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var candidate in candidates)
            {
                if (chosen.Contains(candidate) || candidate.ContentTerms.Count == 0 || !Placed(candidate, chosen, usedInSummary, summaryAll) || Restates(candidate, chosen, summaryClaim)
                    || candidate.RestatesStandfirst)
                {
                    continue;
                }

                var redundancy = Math.Max(Redundancy(candidate, summaryContent, summaryAll),
                    chosen.Count == 0 ? 0 : chosen.Max(c => Redundancy(candidate, c.ContentTerms, c.AllTerms)));
                if (redundancy > maxOverlap)
                {
                    continue;
                }

                var score = (Lambda * candidate.Relevance / Math.Max(top, 1e-9)) - ((1 - Lambda) * redundancy);
                if (score > bestScore)
                {
                    (best, bestScore) = (candidate, score);
                }
            }

            if (best is null || (chosen.Count >= options.MinKeyPoints && best.Relevance < MinRelativeRelevance * top))
            {
                return;
            }

            chosen.Add(best);
        }
    }

    private static void PickByWords(
        List<KeyPointCandidate> candidates, List<KeyPointCandidate> chosen, IReadOnlySet<string> summaryWords, IReadOnlySet<string> summaryAll,
        ExtractiveSummarizerOptions options, IReadOnlyCollection<int> usedInSummary,
        Restatement summaryClaim)
    {
        foreach (var candidate in candidates.OrderByDescending(c => c.Relevance).ThenBy(c => c.Sentence.Index))
        {
            if (chosen.Count >= options.MinKeyPoints)
            {
                return;
            }

            if (!chosen.Contains(candidate) && Placed(candidate, chosen, usedInSummary, summaryAll) && !Restates(candidate, chosen, summaryClaim) && !candidate.RestatesStandfirst
                && TermOverlap.Coefficient(candidate.Words, summaryWords) <= MaxWordOverlap
                && chosen.All(c => TermOverlap.Coefficient(candidate.Words, c.Words) <= MaxWordOverlap))
            {
                chosen.Add(candidate);
            }
        }
    }

    private static HashSet<string> SurfaceWords(string text) =>
        WordTokenizer.Words(ArabicTextAnalyzer.Normalize(text)).ToHashSet(StringComparer.Ordinal);

    private static double Redundancy(KeyPointCandidate candidate, IReadOnlySet<string> content, IReadOnlySet<string> all) =>
        Math.Max(TermOverlap.Coefficient(candidate.ContentTerms, content), TermOverlap.Coefficient(candidate.AllTerms, all));

    private HashSet<string> Terms(string text) => analyzer.ContentTerms(text).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every word's stem, function words included: a reader also sees those repeat.</summary>
    private static HashSet<string> AllTerms(string text) =>
        WordTokenizer.Words(text).Select(ArabicTextAnalyzer.Stem).ToHashSet(StringComparer.Ordinal);
}
