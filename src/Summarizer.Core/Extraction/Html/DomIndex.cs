using AngleSharp.Dom;

namespace Summarizer.Extraction.Html;

/// <summary>
/// A flat, pre-order view of the kept elements with their text statistics, built in one iterative walk.
/// Flat arrays instead of per-node <c>TextContent</c> calls keep the work linear on huge pages, and the
/// explicit stack keeps deep markup from overflowing the call stack.
/// </summary>
internal sealed class DomIndex
{
    public List<IElement> Elements { get; } = [];

    public List<string> Tags { get; } = [];

    public List<int> Parent { get; } = [];

    /// <summary>Letters in the subtree (kept parts only).</summary>
    public int[] Letters { get; private set; } = [];

    /// <summary>Letters inside links in the subtree.</summary>
    public int[] LinkLetters { get; private set; } = [];

    public int[] Commas { get; private set; } = [];

    /// <summary>Clause punctuation in the element's own text nodes.</summary>
    public int[] OwnCommas { get; private set; } = [];

    /// <summary>Letters in the element's own text nodes, not its children's.</summary>
    public int[] OwnLetters { get; private set; } = [];

    public Dictionary<IElement, int> IndexOf { get; } = new(ReferenceEqualityComparer.Instance);

    public bool Truncated { get; set; }

    public int Count => Elements.Count;

    public double LinkDensity(int i) => Letters[i] == 0 ? 0 : (double)LinkLetters[i] / Letters[i];

    internal void Allocate()
    {
        Letters = new int[Count];
        LinkLetters = new int[Count];
        Commas = new int[Count];
        OwnLetters = new int[Count];
        OwnCommas = new int[Count];
    }

    /// <summary>Adds subtree sums bottom-up: in pre-order every child comes after its parent.</summary>
    internal void Accumulate()
    {
        for (var i = Count - 1; i >= 0; i--)
        {
            if (Tags[i] == "a")
            {
                LinkLetters[i] = Letters[i];
            }

            var p = Parent[i];
            if (p >= 0)
            {
                Letters[p] += Letters[i];
                LinkLetters[p] += LinkLetters[i];
                Commas[p] += Commas[i];
            }
        }
    }
}
