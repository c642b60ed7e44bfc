using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Summarizer.Cli.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Security;

/// <summary>
/// ESC/OSC/BEL sequences, C1 controls and bidi overrides in a page (title, byline, body) and in an HTTP reason phrase
/// never reach the terminal or the store: every output format, every store command and every stored text column is checked.
/// </summary>
[TestFixture]
public sealed class TerminalInjectionTests
{
    /// <summary>Set the terminal title, clear the screen, ring the bell, reverse the text after it, and a C1 CSI.</summary>
    private const string Hostile = "\u001b]0;pwned\u0007\u001b[2J\u202Egnp.exe\u2066\u009b31m\r";

    private string _folder = null!;
    private TestSettings _env = null!;

    [SetUp]
    public void SetUp()
    {
        _folder = Directory.CreateTempSubdirectory("summarizer-injection-").FullName;
        _env = new TestSettings(
            ("Summarizer__Storage__ConnectionString", $"Data Source={Path.Combine(_folder, "store.db")}"),
            ("Summarizer__Fetching__AllowPrivateNetworks", "true"),
            ("Summarizer__Fetching__MaxRetries", "0"));
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, true);
        }
        catch (IOException)
        {
        }
    }

    [Test]
    public async Task Summarize_HostileTitleBylineAndBody_NoControlInAnyFormatOrStoredRow()
    {
        var html = TestPages.SampleHtml
            .Replace("<title>", "<title>" + Hostile, StringComparison.Ordinal)
            .Replace("<h1 class=\"article-title\">", "<h1 class=\"article-title\">" + Hostile, StringComparison.Ordinal)
            .Replace("<p>", "<p>&#x1B;&#x202E;" + Hostile, StringComparison.Ordinal);
        Assert.That(html.Count(c => c == '\u001b'), Is.GreaterThan(10), "the page really carries the escapes");
        var page = Path.Combine(_folder, "hostile.html");
        await File.WriteAllTextAsync(page, html);

        var runs = new List<(string Name, CliRun Run)>();
        foreach (var format in new[] { "text", "markdown", "json", "jsonl", "html" })
        {
            runs.Add(($"summarize --format {format}", await CliRun.RunAsync(_env, "summarize", page, "--format", format)));
        }

        runs.Add(("list", await CliRun.RunAsync(_env, "list")));
        runs.Add(("show 1", await CliRun.RunAsync(_env, "show", "1")));
        runs.Add(("export markdown", await CliRun.RunAsync(_env, "export", "--format", "markdown")));
        runs.Add(("export jsonl", await CliRun.RunAsync(_env, "export", "--format", "jsonl")));

        Assert.Multiple(() =>
        {
            foreach (var (name, run) in runs)
            {
                Assert.That(run.ExitCode, Is.Zero, $"{name}: {run.Error}");
                AssertClean(name, run.Out + run.Error);
            }

            Assert.That(runs[0].Run.Out, Does.Contain("]0;pwned"), "the printable rest of the title stays: only the controls go");
            AssertStoreClean();
        });
    }

    /// <remarks>.NET refuses a reason phrase holding CR or LF and quotes it in its error; without them it is passed on. Both paths are checked.</remarks>
    [TestCase("\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202Eexe", "503 Unavailable", TestName = "Summarize_HostileReasonPhrase_NoControlOnStderr")]
    [TestCase(Hostile, "status phrase", TestName = "Summarize_ReasonPhraseWithCarriageReturn_NoControlOnStderr")]
    public async Task Summarize_HostileReasonPhrase(string phrase, string expected)
    {
        await using var site = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "Unavailable" + phrase;
            return Task.CompletedTask;
        });

        var run = await CliRun.RunAsync(_env, "summarize", site.Url("/news/1").AbsoluteUri);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.CouldNotFetch), run.Error);
            Assert.That(run.Error, Does.Contain(expected));
            AssertClean("stderr", run.Out + run.Error);
            Assert.That(run.ErrorLines, Has.Length.EqualTo(1), "one line: a CR or newline in the phrase cannot add one");
        });
    }

    /// <summary>No C0/C1 control but newline and tab, no bidi embedding/override/isolate, and none escaped in JSON either.</summary>
    internal static void AssertClean(string name, string output)
    {
        var bad = output.Where(c => (char.IsControl(c) && c is not ('\n' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            .Select(c => $"U+{(int)c:X4}").Distinct().ToList();
        Assert.That(bad, Is.Empty, $"{name} printed control characters");
        foreach (var escaped in new[] { "\\u001b", "\\u0007", "\\u202e", "\\u2066", "\\u009b", "&#x1b;", "&#27;", "&#x202e;" })
        {
            Assert.That(output.Contains(escaped, StringComparison.OrdinalIgnoreCase), Is.False, $"{name} printed {escaped}");
        }
    }

    /// <summary>Every text value of every table of the SQLite store.</summary>
    private void AssertStoreClean()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "store.db")};Mode=ReadOnly");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var values = 0;
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string text)
                    {
                        values++;
                        AssertClean($"{table}.{reader.GetName(i)}", text);
                    }
                }
            }
        }

        Assert.That(values, Is.GreaterThan(5), "the store holds the article");
    }
}
