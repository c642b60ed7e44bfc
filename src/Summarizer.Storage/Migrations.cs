namespace Summarizer.Storage;

/// <summary>The numbered SQL scripts embedded per provider: <c>Migrations/{dialect}/NNN_name.sql</c>, applied in order once each.</summary>
internal static class Migrations
{
    public static IReadOnlyList<(long Version, string Sql)> For(string dialect)
    {
        var prefix = $"Summarizer.Storage.Migrations.{dialect}/";
        var assembly = typeof(Migrations).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..];
                var version = long.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (version, reader.ReadToEnd());
            })
            .OrderBy(m => m.version)
            .ToList();
    }
}
