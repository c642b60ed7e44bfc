namespace Summarizer.Summarization.Extractive;

/// <summary>Whether quotes and brackets are closed: a key point that opens a quotation must also end it.</summary>
internal static class Balanced
{
    public static bool Is(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int round = 0, guillemets = 0, curly = 0, straight = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '(': round++; break;
                case ')': round--; break;
                case '«': guillemets++; break;
                case '»': guillemets--; break;
                case '“': curly++; break;
                case '”': curly--; break;
                case '"': straight++; break;
            }

            if (round < 0 || guillemets < 0 || curly < 0)
            {
                return false;
            }
        }

        return round == 0 && guillemets == 0 && curly == 0 && straight % 2 == 0;
    }
}
