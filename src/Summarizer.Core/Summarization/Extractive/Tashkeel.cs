namespace Summarizer.Summarization.Extractive;

/// <summary>
/// Arabic short vowels, tanween, shadda and sukun (U+064B–U+0652): sites write "مؤكدًا" or "مؤكداً" or "مؤكدا"; word lists
/// hold one spelling, so words are compared without them.
/// </summary>
internal static class Tashkeel
{
    public static string Strip(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.AsSpan().IndexOfAnyInRange('\u064B', '\u0652') < 0 ? word : string.Concat(word.Where(c => c is < '\u064B' or > '\u0652'));
    }
}
