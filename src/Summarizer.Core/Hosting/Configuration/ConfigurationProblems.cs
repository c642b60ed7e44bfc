using Microsoft.Extensions.Configuration;
using Summarizer.Configuration;
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
            SettingsCheck.CheckObject(configuration.GetSection(section), type, "", problems);
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
        return SourceSettingsProblems.Find(configuration, time);
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
}
