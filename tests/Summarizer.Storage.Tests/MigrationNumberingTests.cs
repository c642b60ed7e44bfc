using System.Globalization;
using Summarizer.Storage;

namespace Summarizer.Storage.Tests;

/// <summary>
/// Migrations are applied by MAX(version) and <c>schema_version.version</c> is a primary key, so two scripts with one
/// number break every fresh store, and a number one dialect lacks leaves the other's schema behind. Two branches once
/// each added a 002.
/// </summary>
[TestFixture]
public sealed class MigrationNumberingTests
{
    private static readonly string[] Dialects = ["sqlite", "postgres"];

    [Test]
    public void EmbeddedMigrations_EachDialect_HasDistinctNumbers()
    {
        Assert.Multiple(() =>
        {
            foreach (var dialect in Dialects)
            {
                var numbers = NumbersOf(dialect);
                Assert.That(numbers, Is.Not.Empty, dialect);
                Assert.That(numbers, Is.Unique, $"{dialect}: two migration scripts share a number");
            }
        });
    }

    [Test]
    public void EmbeddedMigrations_BothDialects_HaveTheSameNumbers()
    {
        Assert.That(NumbersOf("postgres"), Is.EquivalentTo(NumbersOf("sqlite")));
    }

    private static List<long> NumbersOf(string dialect)
    {
        var prefix = $"Summarizer.Storage.Migrations.{dialect}/";
        return typeof(SqliteArticleStore).Assembly.GetManifestResourceNames()
            .Select(n => n.Replace('\\', '/'))
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .Select(file => long.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture))
            .ToList();
    }
}
