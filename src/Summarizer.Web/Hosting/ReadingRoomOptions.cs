using System.ComponentModel.DataAnnotations;

namespace Summarizer.Web.Hosting;

/// <summary>The reading room (<c>summarizer serve</c>, <c>summarizer run --serve</c>).</summary>
public sealed class ReadingRoomOptions
{
    public const string SectionName = "Summarizer:ReadingRoom";

    /// <summary>Loopback only unless told otherwise: the reading room has no login.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>Summaries per page on the pages, the feeds and the API.</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 20;

    /// <summary>Searches one client address may make per <see cref="SearchWindow"/>; past it the answer is 429.</summary>
    [Range(1, 1_000_000)]
    public int SearchPermitLimit { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SearchWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a rendered list page (<c>/</c>, a source's, a day's) or feed is served from memory. A summary this process's
    /// worker stores empties the cache at once; one stored by another process shows within this time. Zero turns it off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ListCacheDuration { get; set; } = TimeSpan.FromSeconds(5);
}
