using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Summarizer.Sources;

/// <summary>
/// Each configured source checked as written, naming the source: a <c>Type</c> that is not one of the four (the binder
/// drops such an entry silently), a <c>MaxArticlesPerRun</c> below 1 (list items get no DataAnnotations validation), a
/// <c>Schedule</c> that is not cron or never fires (<c>0 0 30 2 *</c>: February has no 30th).
/// </summary>
internal sealed class SourcesOptionsValidator(IConfiguration configuration, TimeProvider time) : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var problems = new List<string>();
        foreach (var source in configuration.GetSection(SourcesOptions.SectionName).GetChildren())
        {
            problems.AddRange(Check(source).Select(problem => $"source {Describe(source)}: {problem}"));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private IEnumerable<string> Check(IConfigurationSection source)
    {
        var type = source[nameof(SourceOptions.Type)];
        if (!string.IsNullOrWhiteSpace(type) && !(Enum.TryParse<SourceType>(type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)))
        {
            yield return $"Type '{type}' is not one of {string.Join(", ", Enum.GetNames<SourceType>().Select(n => n.ToLowerInvariant()))}";
        }

        var cap = source[nameof(SourceOptions.MaxArticlesPerRun)];
        if (cap is not null && (!int.TryParse(cap, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 1))
        {
            yield return $"MaxArticlesPerRun '{cap}' must be a whole number of at least 1";
        }

        if (source[nameof(SourceOptions.Schedule)] is { } schedule && NeverFires(schedule))
        {
            yield return $"Schedule '{schedule}' never fires (no such date in any year)";
        }
    }

    /// <summary>A cron expression that parses but has no next occurrence; one that does not parse is reported elsewhere.</summary>
    private bool NeverFires(string schedule)
    {
        try
        {
            return new SourceOptions { Schedule = schedule }.ParseSchedule().GetNextOccurrence(time.GetUtcNow(), TimeZoneInfo.Utc) is null;
        }
        catch (Cronos.CronFormatException)
        {
            return false;
        }
    }

    private static string Describe(IConfigurationSection source) =>
        source[nameof(SourceOptions.Name)] is { Length: > 0 } name ? $"'{name}'"
        : Uri.TryCreate(source[nameof(SourceOptions.Url)], UriKind.Absolute, out var url) ? $"'{url.Host}' (#{source.Key})"
        : $"#{source.Key}";
}
