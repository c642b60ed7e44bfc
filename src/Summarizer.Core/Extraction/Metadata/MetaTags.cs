using AngleSharp.Dom;

namespace Summarizer.Extraction.Metadata;

/// <summary>All &lt;meta&gt; values of a page keyed by lower-case property/name/itemprop (first value wins).</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IEnumerable<IElement> metas)
    {
        foreach (var meta in metas)
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var key in new[] { meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("itemprop"), meta.GetAttribute("http-equiv") })
            {
                if (!string.IsNullOrWhiteSpace(key))
                {
                    _values.TryAdd(key.Trim(), content.Trim());
                }
            }
        }
    }

    /// <summary>The first present key, in order of preference.</summary>
    public string? Get(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }
}
