using Microsoft.Extensions.Configuration;
using Summarizer.Configuration;

namespace Summarizer.Sources;

/// <summary>
/// The problems of each configured source as written, named by its <c>Name</c> (or index): the same lines whether the
/// command line checks first or the worker service's options validation asks (<see cref="SourcesOptionsValidator"/>).
/// </summary>
internal static class SourceSettingsProblems
{
    public static IReadOnlyList<string> Find(IConfiguration configuration, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(time);
        var problems = new List<string>();
        CheckSources(configuration.GetSection(SourcesOptions.SectionName), time, problems);
        return problems;
    }

    private static void CheckSources(IConfigurationSection sources, TimeProvider time, List<string> problems)
    {
        foreach (var source in sources.GetChildren())
        {
            var owner = string.IsNullOrWhiteSpace(source[nameof(SourceOptions.Name)])
                ? $"source #{source.Key}: "
                : $"source '{source[nameof(SourceOptions.Name)]}': ";
            var before = problems.Count;
            SettingsCheck.CheckObject(source, typeof(SourceOptions), owner, problems);
            var url = source.GetSection(nameof(SourceOptions.Url));
            if (!string.IsNullOrEmpty(url.Value)
                && !(Uri.TryCreate(url.Value, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
            {
                problems.Add(owner + ConfigurationKey.Describe(url.Path, url.Value, "is not an absolute http(s) URL (expected e.g. https://example.com/rss.xml)"));
            }

            var schedule = source.GetSection(nameof(SourceOptions.Schedule));
            // Every problem of a source at once; only a Schedule the binder already refused is not described twice.
            var scheduleReported = problems.Skip(before).Any(p => p.Contains(ConfigurationKey.EnvironmentVariable(schedule.Path), StringComparison.Ordinal));
            if (!scheduleReported && schedule.Value is { } value && Cron(value) is var cron)
            {
                if (cron is null)
                {
                    problems.Add(owner + ConfigurationKey.Describe(schedule.Path, value,
                        "is not a cron expression (expected 5 fields, or 6 with seconds, e.g. */30 * * * *)"));
                }
                else if (cron.GetNextOccurrence(time.GetUtcNow().UtcDateTime) is null)
                {
                    problems.Add(owner + ConfigurationKey.Describe(schedule.Path, value, "never fires (no such date in any year)"));
                }
            }
        }
    }

    private static Cronos.CronExpression? Cron(string value)
    {
        try
        {
            return new SourceOptions { Schedule = value }.ParseSchedule();
        }
        catch (Cronos.CronFormatException)
        {
            return null;
        }
    }
}
