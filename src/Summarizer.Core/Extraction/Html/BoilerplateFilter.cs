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

    // Media and widget words also name article parts ("story-video", "article-gallery"): a positive word
    // ("article", "content") overrides them. Every other discard word wins: "article-share", "post-meta".
    private static readonly HashSet<string> Weak = new(StringComparer.Ordinal)
    {
        "video", "player", "gallery", "slideshow", "carousel", "slider", "embed", "instagram", "tweet", "media", "aside", "bio", "rating",
        "keywords", "topics", "teaser", "teasers", "toolbar", "masthead", "follow", "more", "caption", "credit", "credits",
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

        bool strong = false, weak = false, positive = false;
        var previous = "";
        foreach (var token in ClassTokens.Split(cls, _tokens).Concat(ClassTokens.Split(id, [])))
        {
            // Layout flags describe the container, not its content: "has-sidebar", "with-comments", "no-ads".
            var layoutFlag = previous is "has" or "with" or "w" or "no" or "and" or "without";
            // "none" hides only as "display-none"/"d-none"; "spacing-none", "border-none" are styling utilities.
            var styling = token == "none" && previous is not ("" or "display" or "d");
            previous = token;
            var discard = !layoutFlag && !styling && BoilerplateWords.Discard.Contains(token);
            weak |= discard && Weak.Contains(token);
            strong |= discard && !Weak.Contains(token);
            positive |= BoilerplateWords.Positive.Contains(token);
        }

        // Table rows and cells name their data ("player-2020", "media-stats"): weak words say nothing there.
        return strong || (weak && !positive && tag is not ("tr" or "td" or "th"));
    }

    private static bool IsHiddenStyle(string style)
    {
        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
