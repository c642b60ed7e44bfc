using AngleSharp.Dom;
using Summarizer.Text;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Whether an element sits where dates belong to someone else than the page: a reader-comment thread (an ancestor's
/// class or id holds a word of <c>Data/date-comment-words.txt</c>), or a quotation — embedded social posts
/// (<c>&lt;blockquote class="instagram-media"&gt;</c>, tweets) carry the &lt;time&gt; of the quoted post. On a page whose
/// own date is only in text, such a date would otherwise be the closest marked date to the headline.
/// </summary>
internal static class ForeignZone
{
    /// <summary>Comment markup sits a few levels above the date; the page wrappers further up are not read.</summary>
    private const int MaxDepth = 12;

    private static readonly string[] Words = DataFile.Lines("date-comment-words.txt").ToArray();

    public static bool Contains(IElement element)
    {
        var current = element;
        for (var depth = 0; depth < MaxDepth && current is not null && current.LocalName is not ("body" or "html"); depth++)
        {
            if (current.LocalName == "blockquote" || Names(current.GetAttribute("class")) || Names(current.GetAttribute("id")))
            {
                return true;
            }

            current = current.ParentElement;
        }

        return false;
    }

    /// <summary>
    /// A class or id token naming a comment, unless it names a date too: <c>comments-date</c> is the post's meta line (the
    /// comment count beside the date), while <c>comment__date</c> inside a <c>comment</c> is caught by the comment itself.
    /// </summary>
    private static bool Names(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var token in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!token.Contains("date", StringComparison.OrdinalIgnoreCase) && Words.Any(w => token.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
