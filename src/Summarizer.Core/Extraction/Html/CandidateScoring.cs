using AngleSharp.Dom;

namespace Summarizer.Extraction.Html;

/// <summary>
/// Readability's content score on the flat index: each paragraph-like block scores by length and clause
/// punctuation (Arabic ، ؛ included) and hands the score up to its ancestors, damped by distance; ancestors
/// start from a tag prior and class/id hints, and end scaled by how little of their text is links.
/// </summary>
internal static class CandidateScoring
{
    private const int MinParagraphLetters = 20;
    private const int Levels = 5;

    public static double[] Score(DomIndex dom)
    {
        var scores = new double[dom.Count];
        var initialized = new bool[dom.Count];
        for (var i = 0; i < dom.Count; i++)
        {
            if (!BlockShape.IsParagraphLike(dom, i, MinParagraphLetters) || dom.Letters[i] < MinParagraphLetters)
            {
                continue;
            }

            // Readability wraps text that sits directly in a container with block children into a <p> of its own:
            // that paragraph (own text only) scores, and its parent is the container itself.
            var mixed = BlockShape.IsMixed(dom, i);
            var (letters, commas) = mixed ? (dom.OwnLetters[i], dom.OwnCommas[i]) : (dom.Letters[i], dom.Commas[i]);
            var score = 1 + commas + Math.Min(letters / 80.0, 3);
            var ancestor = mixed ? i : dom.Parent[i];
            for (var level = 0; level < Levels && ancestor >= 0; level++, ancestor = dom.Parent[ancestor])
            {
                if (!initialized[ancestor])
                {
                    initialized[ancestor] = true;
                    scores[ancestor] = Prior(dom.Tags[ancestor]) + ClassWeight.Of(dom.Elements[ancestor]);
                }

                scores[ancestor] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        for (var i = 0; i < dom.Count; i++)
        {
            scores[i] = initialized[i] ? scores[i] * (1 - dom.LinkDensity(i)) : double.NegativeInfinity;
        }

        return scores;
    }

    /// <summary>The best-scoring element, moved up while its parent holds comparable score (split articles).</summary>
    public static int Top(DomIndex dom, double[] scores)
    {
        var top = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (top < 0 || scores[i] > scores[top])
            {
                top = i;
            }
        }

        if (top < 0 || double.IsNegativeInfinity(scores[top]))
        {
            return -1;
        }

        var last = scores[top];
        var threshold = last / 3;
        for (var p = dom.Parent[top]; p > 0; p = dom.Parent[p])
        {
            if (double.IsNegativeInfinity(scores[p]))
            {
                continue;
            }

            if (scores[p] < threshold)
            {
                break;
            }

            if (scores[p] > last)
            {
                top = p;
                break;
            }

            last = scores[p];
        }

        while (dom.Parent[top] > 0 && dom.Letters[dom.Parent[top]] == dom.Letters[top])
        {
            top = dom.Parent[top];
        }

        return top;
    }

    private static double Prior(string tag) => tag switch
    {
        "div" or "article" or "main" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };
}
