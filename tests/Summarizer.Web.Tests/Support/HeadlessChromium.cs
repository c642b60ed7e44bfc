namespace Summarizer.Web.Tests.Support;

/// <summary>
/// Debian's chromium for the browser tests (as the CLI's browser tests find it).
/// Missing: the test is Ignored with the reason, or fails when <c>SUMMARIZER_REQUIRE_CHROMIUM=1</c> (CI).
/// </summary>
internal static class HeadlessChromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    public static string Require()
    {
        var found = Names.Select(FindOnPath).FirstOrDefault(p => p is not null);
        if (found is not null)
        {
            return found;
        }

        const string reason = "chromium is not installed (apt-get install -y chromium)";
        if (Environment.GetEnvironmentVariable("SUMMARIZER_REQUIRE_CHROMIUM") == "1")
        {
            Assert.Fail(reason + " and SUMMARIZER_REQUIRE_CHROMIUM=1");
        }

        Assert.Ignore(reason + "; set SUMMARIZER_REQUIRE_CHROMIUM=1 to fail instead");
        return "";
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
