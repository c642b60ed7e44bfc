using System.ComponentModel.DataAnnotations;

namespace Summarizer.Sources;

/// <summary>One entry of <c>Summarizer:Sources</c> (a list: <c>Summarizer__Sources__0__Url</c> and so on).</summary>
public sealed class SourceOptions
{
    /// <summary>Defaults to the URL's host.</summary>
    public string? Name { get; set; }

    [Required]
    public Uri? Url { get; set; }

    /// <summary>rss, atom, sitemap or urls; detected from the document when left out.</summary>
    public SourceType? Type { get; set; }

    /// <summary>Cron expression (5 fields, or 6 with seconds), UTC.</summary>
    public string Schedule { get; set; } = "*/30 * * * *";

    public bool Enabled { get; set; } = true;

    [Range(1, 100_000)]
    public int MaxArticlesPerRun { get; set; } = 200;

    /// <summary>BCP 47 tag assumed for the source's articles when the page does not say.</summary>
    public string? Language { get; set; }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Url?.Host ?? "source" : Name;

    /// <summary>The <see cref="Schedule"/> parsed: five fields, or six when it starts with seconds.</summary>
    /// <exception cref="Cronos.CronFormatException">The schedule is not a cron expression.</exception>
    public Cronos.CronExpression ParseSchedule() =>
        Cronos.CronExpression.Parse(Schedule, Schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
            ? Cronos.CronFormat.IncludeSeconds
            : Cronos.CronFormat.Standard);
}

public enum SourceType
{
    Rss,
    Atom,
    Sitemap,
    Urls,
}
