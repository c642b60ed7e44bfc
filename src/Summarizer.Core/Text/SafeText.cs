using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Summarizer.Text;

/// <summary>
/// Text from outside (pages, feeds, HTTP reason phrases, LLM answers) made safe to print, log and store, at the point
/// where it enters: no C0 or C1 control characters (an ESC or OSC sequence would drive the user's terminal, a BEL rings
/// it, a CR overwrites a line) and no bidi embedding, override or isolate controls (U+202A-U+202E, U+2066-U+2069), which
/// reorder what follows them in every format and can make a row read as something else.
/// Kept: newline and tab in multi-line text (<see cref="Clean"/>), and the bidi <em>marks</em> LRM (U+200E), RLM (U+200F)
/// and ALM (U+061C): they have no scope (they end nothing and open nothing), Arabic text uses them to place punctuation
/// and digits, and removing them would change how real articles read.
/// </summary>
public static class SafeText
{
    /// <summary>
    /// Multi-line text (article paragraphs, a summary, an error): controls and bidi overrides removed; CR LF, a lone CR
    /// and the Unicode line/paragraph separators become a newline; newline and tab stay.
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Clean(string? text)
    {
        if (text is null || !HasUnsafe(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\u2028' or '\u2029')
            {
                builder.Append('\n');
            }
            else if (c is '\n' or '\t' || !IsUnsafe(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A one-line field (a title, a byline, a name, a feed field, a reason phrase): cleaned as <see cref="Clean"/>, then
    /// every run of whitespace (newlines and tabs included) one space and none at the ends, so it never spans rows or columns.
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Line(string? text) => text is null ? null : Whitespace.Collapse(Clean(text));

    /// <summary>A character that is never passed on: C0 and C1 controls (newline and tab included), DEL, bidi embeddings, overrides and isolates.</summary>
    public static bool IsUnsafe(char c) =>
        c is < '\u0020' or >= '\u007F' and <= '\u009F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Whether <paramref name="text"/> holds anything <see cref="Clean"/> would remove (newline and tab allowed).</summary>
    public static bool HasUnsafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(c => c is not ('\n' or '\t') && (IsUnsafe(c) || c is '\u2028' or '\u2029'));
    }
}
