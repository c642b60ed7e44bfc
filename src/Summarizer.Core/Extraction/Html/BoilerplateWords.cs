namespace Summarizer.Extraction.Html;

/// <summary>
/// Class/id vocabulary shared by the pruning and scoring steps. Tokens are matched whole (after splitting
/// on separators and camel case) so that "header" does not hit "head" and "shadow" does not hit "ad".
/// </summary>
internal static class BoilerplateWords
{
    /// <summary>Containers that are never the article, whatever their size: removed before scoring.</summary>
    public static readonly HashSet<string> Discard = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot", "adunit", "dfp", "gpt", "sponsor", "sponsored", "promo", "promoted", "outbrain", "taboola", "criteo", "teads",
        "share", "sharing", "sharer", "social", "sociable", "addthis", "sharethis", "follow",
        "related", "recommended", "recommendations", "popular", "trending", "mostread", "readmore", "more", "next", "prev", "previous", "teaser", "teasers",
        "newsletter", "subscribe", "subscription", "signup", "paywall", "premium", "consent", "cookie", "cookies", "gdpr", "banner", "modal", "popup", "overlay", "lightbox",
        "comment", "comments", "disqus", "respond", "reply", "replies",
        "sidebar", "aside", "widget", "widgets", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "footer", "masthead", "toolbar",
        "tags", "tag", "taglist", "keywords", "topics", "byline", "author", "authors", "avatar", "bio", "timestamp", "dateline", "meta", "metadata", "rating", "hidden", "none", "hide", "noprint", "sr", "visually",
        "caption", "credit", "credits", "copyright", "gallery", "slideshow", "carousel", "slider", "video", "player", "embed", "tweet", "instagram",
    };

    /// <summary>Words that make a container a likely article body (readability's "okMaybeItsACandidate" plus trafilatura's body classes).</summary>
    public static readonly HashSet<string> Positive = new(StringComparer.Ordinal)
    {
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "column", "hentry", "page", "single", "detail", "details", "news", "fulltext", "prose", "richtext",
    };

    /// <summary>Readability's negative weights: tilt scoring, do not remove.</summary>
    public static readonly HashSet<string> Negative = new(StringComparer.Ordinal)
    {
        "hidden", "banner", "combx", "comment", "com", "contact", "foot", "footer", "footnote", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "share", "social", "nav", "menu", "header", "card", "cards", "list", "teaser", "more",
    };

    /// <summary>The class/id names that publishers and CMSs give the article body itself.</summary>
    public static readonly HashSet<string> BodyNames = new(StringComparer.Ordinal)
    {
        "articlebody", "article-body", "article__body", "article-content", "article__content", "article-text", "articletext", "entry-content", "post-content", "post-body", "post-text", "post-entry", "postcontent", "story-body", "storycontent", "story-content", "body-text", "text-content", "content-body", "content__body", "articlecontent", "article-detail", "article-details", "news-content", "news-body", "field-body", "rich-text", "richtext", "fulltext",
    };
}
