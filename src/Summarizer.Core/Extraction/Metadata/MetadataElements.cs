using AngleSharp.Dom;

namespace Summarizer.Extraction.Metadata;

/// <summary>
/// The elements metadata is read from (meta, JSON-LD scripts, canonical/image links, h1, time), gathered in
/// one walk of the document: separate selector queries each walk the whole tree, and big pages pay for every one.
/// </summary>
internal sealed partial class MetadataElements
{
    private const int MaxHeadings = 4;
    private const int MaxTimes = 20;
    private const int MaxAbbrs = 10;

    public List<IElement> Metas { get; } = [];

    public List<IElement> JsonLdScripts { get; } = [];

    public List<IElement> Headings { get; } = [];

    public List<IElement> Times { get; } = [];

    /// <summary>&lt;abbr&gt; elements: old blog themes write the publication date in their title.</summary>
    public List<IElement> Abbrs { get; } = [];

    /// <summary>Document-order positions of the collected h1, time, abbr, dated and microdata elements: evidence near the headline is the article's own.</summary>
    public Dictionary<IElement, int> Positions { get; } = [];

    /// <summary>Elements visited so far: the position of the next one.</summary>
    private int _visited;

    public string? CanonicalHref { get; private set; }

    public string? ImageSrcHref { get; private set; }

    public static MetadataElements Collect(IDocument document)
    {
        var found = new MetadataElements();
        if (document.DocumentElement is not { } root)
        {
            return found;
        }

        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            found.Visit(element);
            // ChildNodes is array-backed; Children is a filtered view whose indexer rescans the list (quadratic on wide nodes).
            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                if (children[c] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }

        return found;
    }

    private void Visit(IElement element)
    {
        _visited++;
        if (element.Attributes.Length > 0 && (Author is null || Dated.Count < MaxDated || MicrodataDates.Count < MaxMicrodata))
        {
            VisitAttributes(element);
        }

        switch (element.LocalName)
        {
            case "meta":
                Metas.Add(element);
                break;
            case "script" when string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                JsonLdScripts.Add(element);
                break;
            case "link" when element.GetAttribute("rel") is { } rel:
                CanonicalHref ??= rel == "canonical" ? element.GetAttribute("href") : null;
                ImageSrcHref ??= rel == "image_src" ? element.GetAttribute("href") : null;
                break;
            case "h1" when Headings.Count < MaxHeadings:
                Headings.Add(element);
                Positions[element] = _visited;
                break;
            case "p" or "span" or "div" or "strong" or "b" or "em" or "address" or "h4" or "h5" or "h6" when Headings.Count > 0:
                VisitBylineLine(element);
                break;
            case "time" when Times.Count < MaxTimes:
                Times.Add(element);
                Positions[element] = _visited;
                break;
            case "abbr" when Abbrs.Count < MaxAbbrs && element.HasAttribute("title"):
                Abbrs.Add(element);
                Positions[element] = _visited;
                break;
        }
    }
}
