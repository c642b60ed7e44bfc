using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>
/// Finds numbers written with Western (0-9) or Eastern Arabic (٠-٩) digits and gives each a canonical value,
/// so that <c>2,000</c>, <c>2000</c> and <c>٢٠٠٠</c> compare equal. Numbers written as words (أربعين) are not numbers here.
/// </summary>
public static partial class NumberFinder
{
    /// <summary>Every number in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<NumberMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<NumberMention>();
        foreach (Match match in NumberPattern().Matches(text))
        {
            found.Add(new NumberMention(match.Value, Canonical(match.Value), match.Index));
        }

        return found;
    }

    /// <summary>The distinct canonical values of the numbers in <paramref name="text"/>.</summary>
    public static IReadOnlySet<string> Values(string text) => Find(text).Select(n => n.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The numbers of <paramref name="output"/> whose value does not occur in <paramref name="source"/>:
    /// empty when every number in a summary is grounded in its article.
    /// </summary>
    public static IReadOnlyList<NumberMention> FindUnsupported(string output, string source)
    {
        var known = Values(source);
        return Find(output).Where(n => !known.Contains(n.Value)).ToList();
    }

    private static string Canonical(string number)
    {
        var builder = new StringBuilder(number.Length);
        for (var i = 0; i < number.Length; i++)
        {
            var c = number[i];
            if (ArabicDigits.IsDigit(c))
            {
                builder.Append(ArabicDigits.Fold(c));
            }
            else if (c is '.' or '\u066B')
            {
                builder.Append('.');
            }

            // ',' and U+066C only ever appear here as digit-group separators (see the pattern): dropped.
        }

        return builder.ToString();
    }

    // Digits; then digit groups of exactly three after ',' or '٬'; then one decimal part after '.' or '٫'.
    [GeneratedRegex(@"(?<![\d\u0660-\u0669\u06F0-\u06F9])[\d\u0660-\u0669\u06F0-\u06F9]+(?:[,\u066C][\d\u0660-\u0669\u06F0-\u06F9]{3}(?![\d\u0660-\u0669\u06F0-\u06F9]))*(?:[.\u066B][\d\u0660-\u0669\u06F0-\u06F9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
