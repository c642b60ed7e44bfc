using System.Globalization;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Summarization;

namespace Summarizer.Worker;

/// <summary>The worker's own words for a pass, its start and its setup: the log lines and <c>run --once</c> say the same.</summary>
public static class PassReporting
{
    /// <summary>Where sources are configured, for a worker that has none.</summary>
    public const string NoSourcesHint =
        "no sources configured: add them under Summarizer:Sources in appsettings.json, or set Summarizer__Sources__0__Url (see docs/worker.md)";

    public static string Describe(PassReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Create(CultureInfo.InvariantCulture,
            $"{report.SourcesPolled} sources polled ({report.SourceFailures} failed), {report.NewArticles} new articles; ") +
            Outcomes(report.Count) + string.Create(CultureInfo.InvariantCulture, $"; {report.Duration.TotalSeconds:0.0} s; ") + Usage(report.Usage);
    }

    /// <summary>The outcome counts as the live status line and the pass line word them.</summary>
    public static string Outcomes(Func<ArticleOutcome, int> count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return string.Create(CultureInfo.InvariantCulture,
            $"{count(ArticleOutcome.Summarized)} summarized, {count(ArticleOutcome.Reused)} reused, {count(ArticleOutcome.Skipped)} skipped, " +
            $"{count(ArticleOutcome.Retrying)} to retry, {count(ArticleOutcome.Failed)} failed");
    }

    public static string Usage(TokenUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        if (usage.Calls == 0)
        {
            return "no LLM calls";
        }

        var cost = usage.Cost is { } c ? string.Create(CultureInfo.InvariantCulture, $", ${c:0.0000}") : ", cost unknown (no prices configured)";
        return string.Create(CultureInfo.InvariantCulture,
            $"LLM: {usage.Calls} calls, {usage.PromptTokens} prompt + {usage.CompletionTokens} completion tokens{cost}");
    }

    /// <summary>What the worker runs on: the store (without secrets), each enabled source and its schedule.</summary>
    public static string Setup(StorageOptions storage, SourcesOptions sources, WorkerOptions worker)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(worker);
        var enabled = sources.Enabled.ToList();
        var list = enabled.Count == 0
            ? NoSourcesHint
            : $"{enabled.Count} sources: " + string.Join(", ", enabled.Select(s => $"{s.DisplayName} ({s.Schedule})"));
        return string.Create(CultureInfo.InvariantCulture,
            $"store {storage.Provider.ToString().ToLowerInvariant()} {StoreName(storage)}; {list}; due sources and retries checked every {worker.PollInterval:c}; summarizer {worker.Summarizer.ToString().ToLowerInvariant()}");
    }

    /// <summary>The connection string without its password: the file, or host and database.</summary>
    public static string StoreName(StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var builder = new System.Data.Common.DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = string.IsNullOrWhiteSpace(storage.ConnectionString) ? StorageOptions.DefaultSqliteConnectionString : storage.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }

        foreach (var secret in new[] { "Password", "Pwd" })
        {
            builder.Remove(secret);
        }

        // A SQLite store is a file: its path says it all.
        return builder.TryGetValue("Data Source", out var file) && builder.Count == 1 ? $"{file}" : builder.ConnectionString;
    }
}
