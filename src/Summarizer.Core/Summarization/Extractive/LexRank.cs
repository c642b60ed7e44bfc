namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Continuous LexRank (Erkan and Radev, 2004): PageRank over the TF-IDF cosine similarity graph of the sentences.
/// Returns each sentence's centrality scaled so that the most central sentence has 1.
/// </summary>
internal static class LexRank
{
    private const double Damping = 0.85;
    private const int MaxIterations = 50;
    private const double Tolerance = 1e-6;

    public static double[] Centrality(IReadOnlyList<ArticleSentence> sentences)
    {
        var n = sentences.Count;
        if (n == 0)
        {
            return [];
        }

        var vectors = TfIdfVectors(sentences);
        var norms = vectors.Select(v => Math.Sqrt(v.Values.Sum(w => w * w))).ToArray();
        var similarity = new double[n, n];
        var rowSums = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var s = norms[i] > 0 && norms[j] > 0 ? Dot(vectors[i], vectors[j]) / (norms[i] * norms[j]) : 0;
                similarity[i, j] = s;
                similarity[j, i] = s;
                rowSums[i] += s;
                rowSums[j] += s;
            }
        }

        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var i = 0; i < n; i++)
                {
                    sum += rowSums[i] > 0 ? rank[i] * similarity[i, j] / rowSums[i] : rank[i] / n;
                }

                next[j] = ((1 - Damping) / n) + (Damping * sum);
            }

            var delta = 0.0;
            for (var j = 0; j < n; j++)
            {
                delta += Math.Abs(next[j] - rank[j]);
                rank[j] = next[j];
            }

            if (delta < Tolerance)
            {
                break;
            }
        }

        var max = rank.Max();
        return rank.Select(r => max > 0 ? r / max : 0).ToArray();
    }

    private static Dictionary<string, double>[] TfIdfVectors(IReadOnlyList<ArticleSentence> sentences)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var term in sentence.Terms.Distinct(StringComparer.Ordinal))
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var n = sentences.Count;
        return sentences.Select(sentence =>
        {
            var vector = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var term in sentence.Terms)
            {
                vector[term] = vector.GetValueOrDefault(term) + 1;
            }

            foreach (var term in vector.Keys.ToList())
            {
                vector[term] *= Math.Log(1.0 + ((double)n / documentFrequency[term]));
            }

            return vector;
        }).ToArray();
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        return dot;
    }
}
