using AngleSharp.Dom;

namespace Summarizer.Extraction.Html;

/// <summary>Decides, per element, whether it is page furniture to drop before scoring (tags, attributes, class/id words).</summary>
internal sealed class BoilerplateFilter
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio", "picture", "img",
        "button", "input", "select", "textarea", "option", "label", "nav", "footer", "aside", "dialog", "menu", "figcaption", "head", "link", "meta", "map", "ins",
    };

    // These always win over positive words: "article-share", "post-related", "entry-comments".
    private static readonly HashSet<string> Strong = new(StringComparer.Ordinal)
    {
        "ad", "ads", "advert", "advertisement", "advertising", "adsbygoogle", "adslot", "adunit", "dfp", "share", "sharing", "social", "related", "newsletter", "cookie", "cookies", "consent", "gdpr",
        "comment", "comments", "disqus", "outbrain", "taboola", "sponsored", "promo", "sidebar", "footer", "breadcrumb", "breadcrumbs", "popup", "modal", "paywall", "recommended", "trending", "mostread", "byline", "timestamp",
    };

    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "search", "dialog", "alert", "toolbar",
    };

    private readonly List<string> _tokens = [];

    /// <summary>Tags, hidden markers and roles: cheap tests that never need the element's text.</summary>
    public static bool IsStructuralJunk(IElement element, string tag)
    {
        if (DroppedTags.Contains(tag) || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") == "true" && tag is not ("article" or "main" or "body"))
        {
            return true;
        }

        if (element.GetAttribute("style") is { } style && IsHiddenStyle(style))
        {
            return true;
        }

        return element.GetAttribute("role") is { } role && Roles.Contains(role.Trim().ToLowerInvariant());
    }

    /// <summary>True when class/id words say "not the article". The caller still protects elements that hold most of the text.</summary>
    public bool HasBoilerplateName(IElement element, string tag)
    {
        if (tag is "body" or "html" or "article" or "main" or "p" or "a" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "b" or "strong" or "em" or "i")
        {
            return false;
        }

        var cls = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        if (cls is null && id is null && element.GetAttribute("data-ad") is null)
        {
            return false;
        }

        if (element.HasAttribute("data-ad") || element.HasAttribute("data-ad-slot") || element.HasAttribute("data-google-query-id"))
        {
            return true;
        }

        bool discard = false, strong = false, positive = false;
        foreach (var token in ClassTokens.Split(cls, _tokens).Concat(ClassTokens.Split(id, [])))
        {
            discard |= BoilerplateWords.Discard.Contains(token);
            strong |= Strong.Contains(token);
            positive |= BoilerplateWords.Positive.Contains(token);
        }

        return discard && (strong || !positive);
    }

    private static bool IsHiddenStyle(string style)
    {
        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
