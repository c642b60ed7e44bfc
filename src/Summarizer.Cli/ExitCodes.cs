namespace Summarizer.Cli;

/// <summary>Process exit codes; documented in the README. With several inputs the first failure's code wins.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InternalError = 1;
    public const int BadUsage = 2;
    public const int CouldNotFetch = 3;
    public const int NotAnArticle = 4;
    public const int SummarizationFailed = 5;

    /// <summary><c>summarizer check</c>: a check other than the configuration failed (its line says which).</summary>
    public const int CheckFailed = 1;

    public static int For(FailureKind kind) => kind switch
    {
        FailureKind.BadInput => BadUsage,
        FailureKind.CouldNotFetch => CouldNotFetch,
        FailureKind.NotAnArticle => NotAnArticle,
        FailureKind.SummarizationFailed => SummarizationFailed,
        _ => InternalError,
    };
}
