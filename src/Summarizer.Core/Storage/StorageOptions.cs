using System.ComponentModel.DataAnnotations;

namespace Summarizer.Storage;

/// <summary>Where summaries are kept: a SQLite file by default, PostgreSQL when several workers share the work.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Summarizer:Storage";

    public const string DefaultSqliteConnectionString = "Data Source=./data/summarizer.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Empty means <see cref="DefaultSqliteConnectionString"/> for SQLite; required for PostgreSQL.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How long a claimed article stays reserved for one worker without news from it. A worker in work renews its
    /// leases every third of this (a heartbeat), so an article may take longer; a killed worker's articles come back
    /// after at most this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);
}

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
