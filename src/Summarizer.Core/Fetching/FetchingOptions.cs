using System.ComponentModel.DataAnnotations;

namespace Summarizer.Fetching;

public sealed class FetchingOptions
{
    public const string SectionName = "Summarizer:Fetching";

    [Required]
    public string UserAgent { get; set; } = "ArabicNewsSummarizer/0.1 (+https://github.com/arabic-news-summarizer)";

    /// <summary>Time allowed for one attempt, headers and body together.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Time allowed for all attempts of one request, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt on 408, 429, 5xx and network errors.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Largest body accepted, counted after decompression while streaming.</summary>
    [Range(1024, 1L << 31)]
    public long MaxDownloadBytes { get; set; } = 10L * 1024 * 1024;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Allow loopback, private and link-local addresses: for intranet sites and tests against local servers.</summary>
    public bool AllowPrivateNetworks { get; set; }
}
