namespace Summarizer.Extraction;

/// <summary>The declared language unless the text's script contradicts it (templates often say lang="en" on Arabic pages).</summary>
internal static class ArticleLanguage
{
    public static string Resolve(string? declared, IReadOnlyList<string> paragraphs)
    {
        var sample = string.Concat(paragraphs.Take(20));
        var guessed = LanguageGuess.FromText(sample.Length > 5000 ? sample[..5000] : sample);
        if (declared is null)
        {
            return guessed;
        }

        var declaredRtl = LanguageGuess.DirectionOf(declared) == "rtl";
        return guessed == "ar" && !declaredRtl ? "ar" : declared;
    }
}
