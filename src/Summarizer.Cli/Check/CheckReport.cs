namespace Summarizer.Cli.Check;

/// <summary>The lines <c>summarizer check</c> prints: ✓ for a check that held, ✗ for one that failed, · for a note.</summary>
internal sealed class CheckReport(TextWriter output)
{
    public const string Passed = "✓";
    public const string Failed = "✗";
    public const string Note = "·";

    public int Failures { get; private set; }

    public void Pass(string what, string detail) => output.WriteLine($"{Passed} {what}: {detail}");

    public void Fail(string what, string detail)
    {
        Failures++;
        output.WriteLine($"{Failed} {what}: {detail}");
    }

    public void Inform(string what, string detail) => output.WriteLine($"{Note} {what}: {detail}");
}
