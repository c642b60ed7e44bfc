using NUnit.Framework;

namespace Summarizer.Testing;

/// <summary>
/// Skips the running test with its reason on the run's console: <c>dotnet test</c>'s default (minimal) console logger
/// prints a skipped test's name but not its reason, while it does print what a test writes to NUnit's error stream.
/// </summary>
public static class Skip
{
    public static void Because(string reason)
    {
        TestContext.Error.WriteLine($"skipped {TestContext.CurrentContext.Test.Name}: {reason}");
        Assert.Ignore(reason);
    }
}
