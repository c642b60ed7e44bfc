using AngleSharp.Dom;

namespace Summarizer.Extraction.Metadata;

/// <summary>The visible-text fallbacks (byline and dateline elements), read in the same walk as the rest.</summary>
internal sealed partial class MetadataElements
{
    private const int MaxDated = 30;
    private const int MaxMicrodata = 10;

    private static readonly string[] AuthorClasses = ["byline", "author-name", "article-author"];

    /// <summary>Elements whose class names a date or time (or whose id names a date): dateline candidates.</summary>
    public List<IElement> Dated { get; } = [];

    /// <summary>Microdata date properties (<c>itemprop="datePublished"</c>...) on any element but &lt;meta&gt;, which <see cref="MetaTags"/> reads.</summary>
    public List<IElement> MicrodataDates { get; } = [];

    private const int MaxBylineLines = 3;

    /// <summary>How many elements after the headline a byline line ("كتبت أسماء نصار") is looked for in.</summary>
    private const int BylineWindow = 80;

    private int _afterHeadline;

    /// <summary>Short lines after the headline that open with a byline cue word ("كتب"، "بقلم"، "إعداد"): byline candidates.</summary>
    public List<string> BylineLines { get; } = [];

    /// <summary>The first rel/itemprop=author or byline-classed element.</summary>
    public IElement? Author { get; private set; }

    /// <summary>Byline and dateline candidates, for pages whose JSON-LD and meta tags name no author or date.</summary>
    private void VisitAttributes(IElement element)
    {
        string? cls = null, id = null, rel = null, itemprop = null;
        foreach (var attribute in element.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "class": cls = attribute.Value; break;
                case "id": id = attribute.Value; break;
                case "rel": rel = attribute.Value; break;
                case "itemprop": itemprop = attribute.Value; break;
            }
        }

        if (Dated.Count < MaxDated && (DateClass(cls) || Contains(id, "date")))
        {
            Dated.Add(element);
            Positions[element] = _visited;
        }

        if (itemprop is not null && MicrodataDates.Count < MaxMicrodata && element.LocalName != "meta" && itemprop.StartsWith("date", StringComparison.OrdinalIgnoreCase))
        {
            MicrodataDates.Add(element);
            Positions[element] = _visited;
        }

        Author ??= rel == "author" || itemprop == "author" || (cls is not null && (cls.Contains("author", StringComparison.Ordinal) || cls.Contains("byline", StringComparison.Ordinal)) && AuthorClasses.Any(c => HasClass(cls, c))) ? element : null;
    }

    /// <summary>Class words that name a dateline, in the languages theme authors write them in.</summary>
    private static bool DateClass(string? cls) =>
        cls is not null && (Contains(cls, "date") || Contains(cls, "time") || Contains(cls, "publish") || Contains(cls, "datum")
                            || Contains(cls, "fecha") || Contains(cls, "posted") || Contains(cls, "submitted") || Contains(cls, "created"));

    private void VisitBylineLine(IElement element)
    {
        if (BylineLines.Count >= MaxBylineLines || ++_afterHeadline > BylineWindow || element.ChildElementCount > 2)
        {
            return;
        }

        var text = element.TextContent;
        if (text.Length is > 3 and < 80 && BylineCues.Opens(text))
        {
            BylineLines.Add(text);
        }
    }

    private static bool Contains(string? value, string part) => value is not null && value.Contains(part, StringComparison.Ordinal);

    private static bool HasClass(string cls, string name)
    {
        foreach (var token in cls.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token == name)
            {
                return true;
            }
        }

        return false;
    }
}
