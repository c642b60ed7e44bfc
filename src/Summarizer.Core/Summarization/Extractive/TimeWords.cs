using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Summarization.Extractive;

/// <summary>The days and times of <c>Data/time-words.txt</c> ("الثلاثاء"، "أمس"، "مساء") that news puts beside a verb or a speaker.</summary>
internal static class TimeWords
{
    private static readonly FrozenSet<string> Words = DataFile.Lines("time-words.txt").ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);
}
