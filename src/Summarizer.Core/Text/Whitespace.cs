namespace Summarizer.Text;

public static class Whitespace
{
    /// <summary>Every run of whitespace (newlines included) as one space, none at either end.</summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
