using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Demonstratives that stand for a sentence said before (<c>Data/demonstratives.txt</c>): "في انتخابات العام 2009 هذا
/// حدث"، "أكد أن ذلك سيؤدي ..."، "في تعليقاته لتلك الزيارة". In a key point's first words they point at something the box
/// does not hold; after a comma they usually point at the point's own first clause ("... 492 دقيقة، ولكنه مع ذلك أضاف ...").
/// Before a noun of the present ("هذا العام"، <c>Data/deictic-nouns.txt</c>) they point at nothing said.
/// </summary>
internal static class Demonstratives
{
    private static readonly FrozenSet<string> Words = DataFile.Lines("demonstratives.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Deictic = DataFile.Lines("deictic-nouns.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far into its clause a demonstrative still stands for what was said before: "في انتخابات العام 2009 هذا حدث".</summary>
    private const int MaxPosition = 4;

    /// <summary>
    /// Whether a demonstrative standing alone (not before a definite noun) opens <paramref name="text"/>'s first clause,
    /// the words a speaker's opening introduces ("قال: "هذا ..."") or a complementizer's clause ("أكد أن ذلك ...").
    /// Further in, "... من النشاط وذلك رغم ..." points at its own sentence.
    /// </summary>
    public static bool LeanBack(string text) => LeanBack(text, out _);

    /// <param name="text">A key point.</param>
    /// <param name="noun">The noun the demonstrative names ("الزيارة" in "تلك الزيارة"), null when it stands alone.</param>
    public static bool LeanBack(string text, out string? noun)
    {
        ArgumentNullException.ThrowIfNull(text);
        noun = null;
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var position = 0;
        for (var i = 0; i < tokens.Length; i++, position++)
        {
            var token = tokens[i];
            if (QuoteMarks.Opens(token[0]))
            {
                position = 0;
            }

            var word = token.Trim('"', '«', '»', '“', '”', '(', ')', '.', '،', ',', ':', '؛', '!', '؟');
            if (Words.Contains(word) && position <= MaxPosition)
            {
                var next = i + 1 < tokens.Length ? tokens[i + 1].Trim('"', '«', '“', '(', '»', '”', ')', '.', '،', ',') : string.Empty;
                var pointsAtNoun = !token.EndsWith('،') && !token.EndsWith(',') && !token.EndsWith('.') && next.StartsWith("ال", StringComparison.Ordinal);
                if (!pointsAtNoun || !Deictic.Contains(next))
                {
                    noun = pointsAtNoun ? next : null;
                    // "هذا حدث"، "أن ذلك ..."، and "تلك الزيارة"، "هذا القرار": what was told before; "هذا العام" is not.
                    return true;
                }
            }

            if (token.EndsWith('،') || token.EndsWith(',') || token.EndsWith('؛'))
            {
                return false;
            }

            if (token.EndsWith(':') || ImpliedSubject.IsComplementizer(word))
            {
                position = -1;
            }
        }

        return false;
    }
}
