using System.ComponentModel.DataAnnotations;

namespace Summarizer.Fetching.Politeness;

/// <summary>How gently the worker treats news sites.</summary>
internal sealed class PolitenessOptions
{
    public const string SectionName = "Summarizer:Politeness";

    /// <summary>Least time between two requests to one host (a larger robots.txt Crawl-delay wins).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MinDelayPerHost { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Crawl-delay above this is capped to it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests in flight at once over all hosts (one per host at most).</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 4;

    public bool RespectRobotsTxt { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After robots.txt could not be read (5xx, 429, timeout), how long the host is left alone before it is asked again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RobotsRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
