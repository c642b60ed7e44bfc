using System.Text;
using AngleSharp.Dom;

namespace Summarizer.Extraction.Html;

/// <summary>Turns subtrees into paragraph blocks: block elements and &lt;br&gt; end a paragraph, inline text joins.</summary>
internal sealed class ParagraphCollector(DomIndex dom)
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "figure", "center", "address", "details", "summary", "hr", "br", "body", "caption", "form", "fieldset",
    };

    private readonly StringBuilder _text = new();
    private readonly List<TextBlock> _blocks = [];
    private readonly Stack<string> _open = new();
    private int _letters;
    private int _linkLetters;
    private int _linkDepth;

    public static bool IsBlock(string tag) => BlockTags.Contains(tag);

    public List<TextBlock> Collect(IEnumerable<IElement> roots)
    {
        _blocks.Clear();
        foreach (var root in roots)
        {
            Walk(root);
        }

        return [.. _blocks];
    }

    private void Walk(IElement root)
    {
        // Entries with a null node mark the end of an element (tag in Tag), so closing tags can end blocks.
        var stack = new Stack<(INode? Node, string? Tag)>();
        stack.Push((root, null));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is null)
            {
                Close(closing!);
                continue;
            }

            if (node is IText text)
            {
                Append(text.Data);
                continue;
            }

            if (node is not IElement element || !dom.IndexOf.ContainsKey(element))
            {
                continue;
            }

            var tag = element.LocalName;
            Open(tag);
            stack.Push((null, tag));
            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                stack.Push((children[c], null));
            }
        }

        Flush();
    }

    private void Open(string tag)
    {
        if (tag == "a")
        {
            _linkDepth++;
        }
        else if (BlockTags.Contains(tag))
        {
            Flush();
            _open.Push(tag);
        }
        else if (tag is "td" or "th")
        {
            Append(" ");
        }
    }

    private void Close(string tag)
    {
        if (tag == "a")
        {
            _linkDepth--;
        }
        else if (BlockTags.Contains(tag))
        {
            Flush();
            _open.TryPop(out _);
        }
    }

    private void Append(string data)
    {
        var letters = TextCounts.Letters(data);
        _letters += letters;
        if (_linkDepth > 0)
        {
            _linkLetters += letters;
        }

        foreach (var c in data)
        {
            // A soft hyphen is an invisible break opportunity inside a word ("Bundes\u00ADregierung"): drop it, do not split the word.
            if (c == '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                if (_text.Length > 0 && _text[^1] != ' ')
                {
                    _text.Append(' ');
                }
            }
            else
            {
                _text.Append(c);
            }
        }
    }

    private void Flush()
    {
        if (_letters > 0)
        {
            var tag = _open.TryPeek(out var t) ? t : "div";
            _blocks.Add(new TextBlock(_text.ToString().Trim(), tag, _letters, _linkLetters));
        }

        _text.Clear();
        _letters = _linkLetters = 0;
    }
}
