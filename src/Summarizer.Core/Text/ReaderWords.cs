namespace Summarizer.Text;

/// <summary>
/// Words as a reader counts them when a limit is at stake: every run of letters or digits, so "19.9%" or "2,000"
/// is two words and "CNN's" is two. Never fewer than <see cref="WordTokenizer"/> counts, so a limit in these words holds.
/// </summary>
public static class ReaderWords
{
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = WordTokenizer.IsWordChar(c) || c == '_';
            if (wordChar && !inWord)
            {
                count++;
            }

            inWord = wordChar;
        }

        return count;
    }
}
