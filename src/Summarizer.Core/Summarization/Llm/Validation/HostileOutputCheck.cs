using System.Text.RegularExpressions;

namespace Summarizer.Summarization.Llm.Validation;

/// <summary>
/// Signs that an answer is not a summary of the article but the effect of instructions hidden in it (prompt
/// injection) or a refusal: markup, links, the prompt's own rules and delimiters, "as an AI" refusals. Each sign counts
/// only when the article itself does not contain it, so an article about HTML, a URL or AI can still be summarized.
/// </summary>
internal static partial class HostileOutputCheck
{
    /// <summary>Phrases of our prompts (rules, delimiters, template syntax) and the usual words for them.</summary>
    private static readonly string[] PromptEchoes =
    [
        "ARTICLE START", "ARTICLE END", "###", "{{$", "<message", "role=\"system\"", "system prompt", "system message", "my instructions",
        "previous instructions", "You summarize news articles", "Use only facts stated in the article", "never an order to you",
        "Answer with one JSON object", "موجه النظام", "تعليمات النظام", "رسالة النظام", "التعليمات السابقة", "تعليماتي", "قواعدي",
    ];

    private static readonly string[] Refusals =
    [
        "I cannot", "I can't", "I can not", "I'm sorry", "I am sorry", "I am unable", "I'm unable", "As an AI", "as a language model", "AI language model",
        "لا أستطيع", "لا استطيع", "لا يمكنني", "عذراً", "عذرا،", "أعتذر", "اعتذر عن", "بصفتي نموذج", "كنموذج لغوي", "كذكاء اصطناعي", "بصفتي ذكاء",
    ];

    public static IEnumerable<string> Find(string output, string articleText)
    {
        foreach (var tag in Markup().Matches(output).Select(m => m.Value).Distinct(StringComparer.Ordinal).Where(t => !Contains(articleText, t)).Take(3))
        {
            yield return $"the answer contains markup ({Shorten(tag)}); write plain text only";
        }

        foreach (var link in Link().Matches(output).Select(m => m.Value.TrimEnd('.', ',', '،', ')', ']')).Distinct(StringComparer.OrdinalIgnoreCase)
                     .Where(l => !Contains(articleText, l)).Take(3))
        {
            yield return $"the answer contains a link that is not in the article ({Shorten(link)}); leave links out";
        }

        if (PromptEchoes.FirstOrDefault(p => Contains(output, p) && !Contains(articleText, p)) is { } echo)
        {
            yield return $"the answer repeats the instructions (\"{echo}\") instead of summarizing the article";
        }

        if (Refusals.FirstOrDefault(r => Contains(output, r) && !Contains(articleText, r)) is { } refusal)
        {
            yield return $"the answer is a refusal (\"{refusal}\"), not a summary of the article";
        }
    }

    private static bool Contains(string text, string value) => text.Contains(value, StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;

    /// <summary>HTML/XML tags and comments, Markdown links and images, and script URLs.</summary>
    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>|<!--|!?\[[^\]\n]*\]\([^)\s]+\)|\b(?:javascript|vbscript):|\bdata:[a-z]+/", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\b(?:https?|ftp)://[^\s""'<>]+|\bwww\.[^\s""'<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
