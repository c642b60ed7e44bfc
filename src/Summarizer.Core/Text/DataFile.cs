namespace Summarizer.Text;

/// <summary>
/// Reads the word lists shipped inside the assembly (files under a <c>Data/</c> folder, embedded as
/// <c>Summarizer.data.&lt;name&gt;</c>): one entry a line, blank lines and lines starting with <c>#</c> ignored.
/// Lists live in data files so that linguists can extend them without touching the rules that use them.
/// </summary>
internal static class DataFile
{
    public static IReadOnlyList<string> Lines(string name)
    {
        var resource = "Summarizer.data." + name;
        using var stream = typeof(DataFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded data file {resource} is missing");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    /// <summary>Lines of the form <c>key&lt;TAB&gt;value</c>, split at the first tab.</summary>
    public static IReadOnlyList<(string Key, string Value)> Pairs(string name) =>
        Lines(name).Select(l => l.Split('\t', 2, StringSplitOptions.TrimEntries))
            .Select(p => (p[0], p.Length > 1 ? p[1] : string.Empty)).ToList();
}
