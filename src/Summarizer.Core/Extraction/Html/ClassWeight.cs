using AngleSharp.Dom;

namespace Summarizer.Extraction.Html;

/// <summary>Readability's class/id weight, on whole tokens; names that CMSs give article bodies count double.</summary>
internal static class ClassWeight
{
    public static double Of(IElement element)
    {
        var weight = 0.0;
        weight += Of(element.GetAttribute("class"));
        weight += Of(element.GetAttribute("id"));
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            weight += 50;
        }

        return weight;
    }

    private static double Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        double weight = 0;
        var tokens = ClassTokens.Split(value, []);
        if (tokens.Exists(BoilerplateWords.Negative.Contains))
        {
            weight -= 25;
        }

        if (tokens.Exists(BoilerplateWords.Positive.Contains))
        {
            weight += 25;
        }

        if (ClassTokens.Names(value).Any(BoilerplateWords.BodyNames.Contains))
        {
            weight += 25;
        }

        return weight;
    }
}
