using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Summarizer.Web.Search;

namespace Summarizer.Web.Pages;

/// <summary>
/// Text with the words a search matched in <c>&lt;mark&gt;</c>, as a fragment rather than a component: a list page writes
/// six or more texts per card, and a component per text is an object, a parameter set and a render each. The renderer encodes
/// every part. With no terms (every page but search) the text is written as it is, without splitting it into words.
/// </summary>
internal static class Marked
{
    public static RenderFragment Text(string? text, IReadOnlyList<IReadOnlyList<string>> terms) => builder => Write(builder, text, terms);

    private static void Write(RenderTreeBuilder builder, string? text, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        if (terms.Count == 0)
        {
            builder.AddContent(0, text);
            return;
        }

        foreach (var (part, match) in Highlighter.Split(text, terms))
        {
            if (match)
            {
                builder.OpenElement(1, "mark");
                builder.AddContent(2, part);
                builder.CloseElement();
            }
            else
            {
                builder.AddContent(3, part);
            }
        }
    }
}
