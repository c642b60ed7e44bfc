using Microsoft.Extensions.Configuration;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Summarizer.Core.Tests.Hosting;

/// <summary>
/// The README's configuration table and the shipped appsettings.json against the options classes, the one home of the
/// defaults: every options section is in the table, every section in the table is an options class, every setting the
/// table names is a property of it, and the settings file names only real settings.
/// </summary>
[TestFixture]
public sealed partial class ConfigurationTableTests
{
    private static readonly string ReadmePath = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "README.md");

    [Test]
    public void ConfigurationTable_EveryOptionsSection_IsListed()
    {
        var listed = Rows().SelectMany(r => r.Sections).ToHashSet();

        Assert.That(OptionsBySection().Keys.Where(s => !listed.Contains(s)), Is.Empty);
    }

    [Test]
    public void ConfigurationTable_EverySectionAndSetting_ExistsInTheOptions()
    {
        var options = OptionsBySection();
        var unknown = new List<string>();
        foreach (var (sections, settings) in Rows())
        {
            unknown.AddRange(sections.Where(s => !options.ContainsKey(s)));
            if (sections.Count == 1 && options.TryGetValue(sections[0], out var type))
            {
                unknown.AddRange(settings.Where(name => type.GetProperty(name) is null).Select(name => $"{sections[0]}:{name}"));
            }
        }

        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void AppSettings_EverySummarizerKey_IsASettingOfItsOptionsClass()
    {
        var options = OptionsBySection();
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "appsettings.json"), optional: false, reloadOnChange: false)
            .Build();
        var keys = configuration.AsEnumerable().Where(kv => kv.Value is not null && kv.Key.StartsWith("Summarizer:", StringComparison.Ordinal)).Select(kv => kv.Key).ToList();

        var unknown = keys.Where(key => options.Where(o => key.StartsWith(o.Key + ":", StringComparison.Ordinal))
            .All(o => o.Value.GetProperty(key[(o.Key.Length + 1)..].Split(':')[0]) is null)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.Not.Empty, "the file was read");
            Assert.That(unknown, Is.Empty);
        });
    }

    private static Dictionary<string, Type> OptionsBySection() =>
        typeof(SummarizerException).Assembly.GetTypes()
            .Select(t => (Type: t, Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
            .Where(x => x.Field is { IsLiteral: true })
            .ToDictionary(x => (string)x.Field!.GetRawConstantValue()!, x => x.Type);

    /// <summary>The rows of the table under "## Configuration": the sections in the first column, the settings named in the second.</summary>
    private static List<(List<string> Sections, List<string> Settings)> Rows()
    {
        var lines = File.ReadAllLines(ReadmePath).SkipWhile(l => l != "## Configuration").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
        var rows = lines.Where(l => l.StartsWith("| `Summarizer:", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (
                Sections: Code().Matches(cells[1]).Select(m => m.Groups[1].Value).ToList(),
                Settings: Code().Matches(cells[2]).Select(m => m.Groups[1].Value).Where(v => Setting().IsMatch(v)).ToList()))
            .ToList();
        Assert.That(rows, Has.Count.GreaterThanOrEqualTo(5), "the README's configuration table was found");
        return rows;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex("^[A-Z][A-Za-z]+$")]
    private static partial Regex Setting();
}
