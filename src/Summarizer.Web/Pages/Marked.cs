using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Summarizer.Web.Search;

namespace Summarizer.Web.Pages;

/// <summary>
/// Text with the words a search matched in <c>&lt;mark&gt;</c>, as a fragment rather than a component: a list page writes
/// six or more texts per card, and a component per text is an object, a parameter set and a render each. With no terms
/// (every page but search) the text is written as it is, without splitting it into words.
/// </summary>
internal static class Marked
{
    public static RenderFragment Text(string? text, string[] forms) => builder => Write(builder, text, forms);

    private static void Write(RenderTreeBuilder builder, string? text, string[] forms)
    {
        if (forms.Length == 0)
        {
            builder.AddContent(0, text);
            return;
        }

        // Encoded by the highlighter (HtmlEncoder, every script as it is): the only markup in it is <mark>.
        builder.AddMarkupContent(1, Highlighter.Html(text, forms));
    }
}
