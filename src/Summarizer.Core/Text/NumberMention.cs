namespace Summarizer.Text;

/// <summary>A number as written (<see cref="Text"/>) and its canonical ASCII value (<see cref="Value"/>: no group separators, <c>.</c> as decimal point).</summary>
public sealed record NumberMention(string Text, string Value, int Index);
