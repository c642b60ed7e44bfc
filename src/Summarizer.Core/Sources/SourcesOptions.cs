namespace Summarizer.Sources;

/// <summary>The configured sources; bound from the list at <see cref="SectionName"/>.</summary>
public sealed class SourcesOptions
{
    public const string SectionName = "Summarizer:Sources";

    public List<SourceOptions> Sources { get; } = [];

    public IEnumerable<SourceOptions> Enabled => Sources.Where(s => s.Enabled && s.Url is not null);
}
