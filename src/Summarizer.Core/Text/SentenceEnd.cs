namespace Summarizer.Text;

/// <summary>How a sentence or block ends, looking past closing quotes and brackets: «قال: "لن نتراجع."» ends with a full stop.</summary>
public static class SentenceEnd
{
    /// <summary>Closing quotes and brackets, and the invisible direction marks (RLM, LRM, ALM) Arabic sites put after a full stop.</summary>
    private const string Closers = "\"'”’»)]›\u200F\u200E\u061C\u200B";

    /// <summary>The last character before trailing spaces, quotes and brackets; <c>'\0'</c> when there is none.</summary>
    public static char LastMark(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan().TrimEnd().TrimEnd(Closers).TrimEnd().TrimEnd(Closers).TrimEnd();
        return t.IsEmpty ? '\0' : t[^1];
    }
}
