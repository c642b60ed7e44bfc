using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Summarizer.Sources;

namespace Summarizer.Hosting.Configuration;

/// <summary>
/// Reads every setting the way the binder will and says what is wrong with each, before anything is bound: the binder
/// stops at the first value it cannot convert and options validation names neither the key nor the value.
/// </summary>
public static class ConfigurationProblems
{
    /// <summary>
    /// Every problem once, in the order of the sections, each as one line naming the key and the value. Only the parts a
    /// command uses are checked: <c>extract</c> does not fail on a source it never reads.
    /// </summary>
    public static IReadOnlyList<string> Find(IConfiguration configuration, bool store = true, bool worker = true)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        var sections = ConfigurationSections.Pipeline
            .Concat(store ? ConfigurationSections.Store : [])
            .Concat(worker ? ConfigurationSections.Worker : []);
        foreach (var (section, type) in sections)
        {
            CheckObject(configuration.GetSection(section), type, "", problems);
        }

        if (worker)
        {
            problems.AddRange(FindInSources(configuration, TimeProvider.System));
        }

        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The problems of each configured source, named by its <c>Name</c> (or index): the same lines whether the command
    /// line checks first or the worker service's options validation asks (<see cref="SourcesOptionsValidator"/>).
    /// </summary>
    public static IReadOnlyList<string> FindInSources(IConfiguration configuration, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(time);
        var problems = new List<string>();
        CheckSources(configuration.GetSection(SourcesOptions.SectionName), time, problems);
        return problems;
    }

    /// <exception cref="InvalidConfigurationException">Some setting cannot run.</exception>
    public static void ThrowIfAny(IConfiguration configuration, bool store = true, bool worker = true)
    {
        var problems = Find(configuration, store, worker);
        if (problems.Count > 0)
        {
            throw new InvalidConfigurationException(problems);
        }
    }

    private static void CheckSources(IConfigurationSection sources, TimeProvider time, List<string> problems)
    {
        foreach (var source in sources.GetChildren())
        {
            var owner = string.IsNullOrWhiteSpace(source[nameof(SourceOptions.Name)])
                ? $"source #{source.Key}: "
                : $"source '{source[nameof(SourceOptions.Name)]}': ";
            var before = problems.Count;
            CheckObject(source, typeof(SourceOptions), owner, problems);
            var url = source.GetSection(nameof(SourceOptions.Url));
            if (!string.IsNullOrEmpty(url.Value)
                && !(Uri.TryCreate(url.Value, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
            {
                problems.Add(owner + ConfigurationKey.Describe(url.Path, url.Value, "is not an absolute http(s) URL (expected e.g. https://example.com/rss.xml)"));
            }

            var schedule = source.GetSection(nameof(SourceOptions.Schedule));
            if (problems.Count == before && schedule.Value is { } value && Cron(value) is var cron)
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

    private static void CheckObject(IConfigurationSection section, Type type, string owner, List<string> problems)
    {
        var defaults = Activator.CreateInstance(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var child = section.GetSection(property.Name);
            if (child.Value is null)
            {
                if (property.GetCustomAttribute<RequiredAttribute>() is not null && property.GetValue(defaults) is null
                    && !child.GetChildren().Any())
                {
                    problems.Add(owner + ConfigurationKey.Describe(child.Path, null, "is required"));
                }

                continue;
            }

            if (!ConfigurationValue.TryConvert(child.Value, property.PropertyType, out var value))
            {
                problems.Add(owner + ConfigurationKey.Describe(child.Path, child.Value, ConfigurationValue.Expected(property.PropertyType, property.GetValue(defaults))));
                continue;
            }

            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (!attribute.IsValid(value))
                {
                    problems.Add(owner + ConfigurationKey.Describe(child.Path, child.Value, Explain(attribute, property.Name)));
                }
            }
        }
    }

    private static string Explain(ValidationAttribute attribute, string name) => attribute switch
    {
        RangeAttribute range => string.Create(CultureInfo.InvariantCulture, $"is out of range (expected {range.Minimum} to {range.Maximum})"),
        RequiredAttribute => "is required",
        RegularExpressionAttribute pattern => $"is not in the expected form ({pattern.Pattern})",
        _ => attribute.FormatErrorMessage(name),
    };
}
