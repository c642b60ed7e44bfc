using System.Diagnostics;
using Summarizer.Cli.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// Only regular files are read: a device never ends (and reports size 0), a FIFO blocks on open until a writer comes.
/// Each is refused before it is opened, as a usage error naming what it is.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SpecialFileTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [SetUp]
    public void UnixOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip.Because("devices and FIFOs at a path are a Unix thing");
        }
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public async Task Summarize_CharacterDevice_RefusedAsNotARegularFile(string device)
    {
        var run = await WithinGuardAsync(() => CliRun.RunAsync("summarize", device), releaseFifo: null);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage), run.Error);
        Assert.That(run.Error, Does.Contain(device).And.Contain("character device").And.Contain("not a regular file"));
        Assert.That(run.Out, Is.Empty);
    }

    [Test]
    public async Task Summarize_Fifo_RefusedWithoutWaitingForAWriter()
    {
        var fifo = Path.Combine(Directory.CreateTempSubdirectory("summarizer-fifo-").FullName, "page.html");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
            Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo");
        }

        var run = await WithinGuardAsync(() => CliRun.RunAsync("summarize", fifo), fifo);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage), run.Error);
        Assert.That(run.Error, Does.Contain("FIFO").And.Contain("not a regular file"));
    }

    [Test]
    public async Task Summarize_DirectoryHoldingAFifoNamedLikeAPage_RefusesItAndGoesOn()
    {
        var folder = Directory.CreateTempSubdirectory("summarizer-fifo-dir-").FullName;
        var fifo = Path.Combine(folder, "a.html");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
        }

        File.Copy(TestPages.SamplePath, Path.Combine(folder, "b.html"));

        var run = await WithinGuardAsync(() => CliRun.RunAsync("summarize", folder, "--format", "jsonl"), fifo);

        Assert.That(run.Error, Does.Contain("FIFO"));
        Assert.That(run.Out, Does.Contain("ملخص").Or.Contain("summary"), "the regular page next to it is still summarized");
    }

    /// <summary>Runs the CLI off the test thread; if it has not finished in time, a writer opens the FIFO to free it and the test fails.</summary>
    private static async Task<CliRun> WithinGuardAsync(Func<Task<CliRun>> run, string? releaseFifo)
    {
        var task = Task.Run(run);
        if (await Task.WhenAny(task, Task.Delay(HangGuard)) != task)
        {
            if (releaseFifo is not null)
            {
                await using var writer = new FileStream(releaseFifo, FileMode.Open, FileAccess.Write);
            }

            Assert.Fail($"the command did not finish within {HangGuard}");
        }

        return await task;
    }
}
