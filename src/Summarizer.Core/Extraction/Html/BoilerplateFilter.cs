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

    private static readonly HashSet<string> HideWords = new(StringComparer.Ordinal) { "hidden", "hide", "sr", "visually" };

    // The words hiding utilities are made of: a class name of only these words hides its element (on some screens at least).
    private static readonly HashSet<string> HidingUtilityWords = new(StringComparer.Ordinal)
    {
        "hidden", "hide", "is", "u", "js", "d", "display", "none", "visually", "sr", "only", "screen", "reader", "text", "element", "invisible",
        // Responsive variants hide a duplicate on some screens ("hidden-xs", "mobile-hidden", "hide-on-desktop").
        "xs", "sm", "md", "lg", "xl", "xxl", "mobile", "desktop", "tablet", "phone", "small", "medium", "large", "print", "up", "down", "on", "for",
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
        var postWrapper = IsPostWrapper(cls);
        foreach (var value in (ReadOnlySpan<string?>)[cls, id])
        {
            // Names keep their case: camel case separates words ("emailSignup" → email, signup).
            foreach (var name in (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                // A CMS post wrapper names its taxonomy ("tag-comments", "category-sidebar"): labels of the post, not roles.
                if (postWrapper && IsTaxonomyName(name))
                {
                    continue;
                }

                var tokens = ClassTokens.Split(name, _tokens);
                var previous = "";
                foreach (var token in tokens)
                {
                    // Layout flags describe the container, not its content: "has-sidebar", "with-comments", "no-ads", "non-paywall".
                    var layoutFlag = previous is "has" or "with" or "w" or "no" or "and" or "without" or "non" or "not";
                    // "none" hides only as "display-none"/"d-none"; "spacing-none", "border-none" are styling utilities.
                    var styling = token == "none" && previous is not ("" or "display" or "d");
                    // "hidden" deletes only as a hiding utility ("hidden", "is-hidden", "visually-hidden", "sr-only"): in
                    // "field--label-hidden" or "overflow-hidden" it is about a label or a scrollbar, not the element.
                    var partialHide = HideWords.Contains(token) && !tokens.TrueForAll(HidingUtilityWords.Contains);
                    previous = token;
                    var discard = !layoutFlag && !styling && !partialHide && BoilerplateWords.Discard.Contains(token);
                    weak |= discard && Weak.Contains(token);
                    strong |= discard && !Weak.Contains(token);
                    positive |= BoilerplateWords.Positive.Contains(token);
                }
            }
        }

        // Table rows and cells name their data ("player-2020", "media-stats"): weak words say nothing there.
        return strong || (weak && !positive && tag is not ("tr" or "td" or "th"));
    }

    // WordPress-style post classes: "post-123 type-post status-publish hentry tag-x category-y".
    private static bool IsPostWrapper(string? cls)
    {
        if (cls is null)
        {
            return false;
        }

        foreach (var name in ClassTokens.Names(cls))
        {
            if (name == "hentry" || name.StartsWith("type-", StringComparison.Ordinal) || (name.StartsWith("post-", StringComparison.Ordinal) && name.Length > 5 && char.IsAsciiDigit(name[5])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTaxonomyName(string name) =>
        name.StartsWith("tag-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("category-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("format-", StringComparison.OrdinalIgnoreCase);

    private static bool IsHiddenStyle(string style)
    {
        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
