using System.Diagnostics;
using NUnit.Framework;

namespace Summarizer.Testing;

/// <summary>
/// Debian's chromium for the browser tests: found on PATH, and run headless to print a local file's DOM after its scripts ran (<c>--dump-dom</c>).
/// Missing: the test is Ignored with the reason, or fails when <c>SUMMARIZER_REQUIRE_CHROMIUM=1</c> (CI).
/// </summary>
public static class HeadlessChromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>
    /// How long a browser step may take at most (launch, navigation, a selector), in Playwright's milliseconds. A first
    /// Chromium start on a loaded two-core box takes far beyond Playwright's 30 s default; this only caps a hang.
    /// </summary>
    public const float UpperBoundMs = 300_000;

    /// <summary>Chromium's switches for a test: no sandbox (root in a container), no GPU, no first-run work, nothing off the machine.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage",
    ];

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

        Skip.Because(reason + "; set SUMMARIZER_REQUIRE_CHROMIUM=1 to fail instead");
        return "";
    }

    public static async Task<string> DumpDomAsync(string chromium, string htmlPath)
    {
        var profile = Directory.CreateTempSubdirectory("summarizer-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--virtual-time-budget=3000", $"--user-data-dir={profile.FullName}",
                         "--dump-dom", new Uri(htmlPath).AbsoluteUri,
                     })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(UpperBoundMs));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish within {UpperBoundMs / 1000} s");
            }

            var dom = await stdout;
            Assert.That(dom, Does.Contain("<body"), $"chromium printed no DOM (exit {process.ExitCode}): {await stderr}");
            return dom;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
