namespace Summarizer.Extraction.Html;

/// <summary>Textual boilerplate that survives markup pruning: ad placeholders, "read also" teasers, share prompts, credits.</summary>
internal static partial class BoilerplateText
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Advertisement", "Advertisements", "Ad", "Sponsored", "Sponsored content", "Story continues below advertisement", "Continue reading below",
        "Scroll to continue", "Skip advert", "Advert", "Adverts", "Comments", "Tags", "This slideshow requires JavaScript.",
        "Publicidad", "Publicidade", "Publicité", "Pubblicità", "Werbung", "Anzeige", "Reklama", "Реклама", "Reklam", "إعلان", "اعلان", "إعلانات", "مساحة إعلانية", "مساحة اعلانية", "محتوى مدعوم", "محتوى إعلاني", "برعاية",
    };

    // Short lines starting like this are teasers, prompts or credits, not prose.
    private static readonly string[] Prefixes =
    [
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "اقرأ ايضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ المزيد", "إقرأ المزيد", "اقرأ كذلك", "شاهد أيضا", "شاهد أيضاً", "طالع أيضا", "طالع أيضاً", "مواضيع ذات صلة", "أخبار ذات صلة", "ذات صلة", "تابعونا", "تابعوا", "شارك", "مشاركة", "حقوق النشر", "جميع الحقوق",
        "Read more", "Read also", "Also read", "READ MORE", "Related:", "Related Articles", "Related Stories", "See also", "More:", "Recommended", "Share this", "Share on", "Follow us", "Sign up", "Subscribe",
        "Click here", "Copyright", "©", "All rights reserved", "Photo:", "Photograph:", "Image:", "Picture:", "Credit:", "Image source", "Image caption", "Media caption", "Getty Images", "Advertisement",
    ];

    // Comment-policy disclaimers sit between the article and its comments on many news sites.
    private static readonly string[] DisclaimerTopics = ["التعليق", "النقاش", "الآراء الواردة", "comments", "comment policy", "comentário", "comentario", "commentaire", "kommentar", "comment", "комментар"];
    private static readonly string[] DisclaimerClaims =
    [
        "لا تعبر عن رأي", "لا تعبّر عن رأي", "تعكس وجهات نظر", "نحتفظ بحق", "مراجعة التعليقات", "do not reflect the views", "not necessarily reflect", "are moderated", "reserve the right",
        "moderador", "moderación", "modéré", "modération", "moderiert", "moderazione", "модерац",
    ];

    // Affiliate disclosures ("we may earn a commission on purchases through links") sit at the top or bottom of deal posts.
    private static readonly string[] AffiliateTopics = ["affiliate", "عمولة"];
    private static readonly string[] AffiliateClaims = ["commission", "links", "روابط"];

    /// <summary>"The opinions below do not reflect the views of..." and similar comment-area or affiliate notices.</summary>
    public static bool IsDisclaimer(TextBlock block) =>
        block.Letters < 600
        && ((DisclaimerTopics.Any(t => block.Text.Contains(t, StringComparison.OrdinalIgnoreCase)) && DisclaimerClaims.Any(c => block.Text.Contains(c, StringComparison.OrdinalIgnoreCase)))
            || (block.Letters < 250 && AffiliateTopics.Any(t => block.Text.Contains(t, StringComparison.OrdinalIgnoreCase)) && AffiliateClaims.Any(c => block.Text.Contains(c, StringComparison.OrdinalIgnoreCase))));

    public static bool IsPlaceholder(string text) =>
        Placeholders.Contains(text.Trim().Trim('-', '—', '|', ':', ' ')) || (text.Length < 40 && ReadingTime().IsMatch(text));

    // "2min", "5 min read", "٣ دقائق للقراءة": reading-time badges.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d+|[٠-٩]+)\s*(?:min|mins|minutes?|دقيقة|دقائق|د)\.?(?:\s*(?:read|للقراءة|قراءة))?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReadingTime();

    /// <summary>A short block that opens with a teaser/share/credit phrase.</summary>
    public static bool IsPromptOrCredit(TextBlock block)
    {
        if (block.Letters > 160)
        {
            return false;
        }

        var text = block.Text.TrimStart('-', '—', '•', '|', ' ', '(', '[');
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
